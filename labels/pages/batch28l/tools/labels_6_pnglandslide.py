# ------------------------------------------------------------------ Enga (Yambali) landslide: world reacts (Pacific news site round-up, .txt, 2024-05-29)
d = "page_png_yambali_landslide2024_worldreacts.txt"
# Not statements: masthead, menu, section, headline, byline, update line, photo captions "[Photo 1 of 4]" with credits,
# section crossheads (PACIFIC AND REGION, FURTHER AFIELD, UNITED NATIONS, VOICES FROM ENGA), ADVERTISEMENT, Related, tags,
# most read, newsletter prompt, copyright.
# "Governments and aid agencies across the Pacific ... have offered help" = summary lede, no row.
U(d, "The International Organization for Migration (IOM) estimated on Sunday", "buried alive.",
  ("International Organization for Migration", N, neg, "", "casualty estimate"),
  ("Papua New Guinea", N, neg, "", "the National Disaster Centre's figure in a letter to the UN"))
# "Only a handful of bodies had been recovered ..." = narration, no named source, no row.
U(d, "Prime Minister James Marape said his government had allocated emergency funds", "Department of Works to the site.",
  ("Papua New Guinea", N, neu, "", "own response reported, no judgement"))
# "Here is how governments and organisations have responded." = lead-in, no row.
U(d, "- AUSTRALIA. Prime Minister Anthony Albanese told Parliament on Tuesday", "shelters to the Highlands.",
  ("Australia", S, pos, "Papua New Guinea", "condolence + aid + airlift = backing by act"))
U(d, "\"Whatever PNG asks of us, we will find a way to give,\" Foreign Minister Penny Wong said in a statement.", "said in a statement.",
  ("Australia", S, pos, "Papua New Guinea", "pledge of help, attribution tail"))
U(d, "- CANADA. Condolences from Foreign Affairs Minister Mélanie Joly", "ready to help.",
  ("Canada", S, pos, "Papua New Guinea", "verbless bullet: condolences + offer"))
U(d, "- NEW ZEALAND. Initial funding through the New Zealand Red Cross", "the people of Enga.",
  ("New Zealand", S, pos, "Papua New Guinea", "verbless bullet: funding + offer of specialists"))
U(d, "- FIJI. Prime Minister Sitiveni Rabuka conveyed the condolences", "the whole Pacific family.",
  ("Fiji", S, neg, "Papua New Guinea", "condolences = supporting (sympathy), grieving tone"))
U(d, "- SOLOMON ISLANDS. Messages of sympathy from Prime Minister Jeremiah Manele", "only weeks earlier.",
  ("Solomon Islands", S, neg, "Papua New Guinea", "verbless bullet: condolences"))
U(d, "- PACIFIC ISLANDS FORUM. Secretary General Baron Waqa said the Forum's secretariat", "Papua New Guinea.",
  ("Pacific Islands Forum", S, pos, "Papua New Guinea", "solidarity"))
U(d, "- UNITED STATES. USAID announced an initial contribution", "if requested.",
  ("United States", S, pos, "Papua New Guinea", "aid + offer of airlift"))
U(d, "- CHINA. President Xi Jinping sent a message of condolence", "emergency assistance.",
  ("China", S, pos, "Papua New Guinea", "condolence 'according to' Xinhua + offer of aid; Xinhua reporting is not an actor"))
U(d, "- JAPAN. Emergency relief goods, including tents and water purifiers", "Cooperation Agency.",
  ("Japan", S, neu, "Papua New Guinea", "verbless bullet: relief goods = backing by act"))
U(d, "- INDIA. Condolences from Prime Minister Narendra Modi", "Ministry of External Affairs.",
  ("India", S, pos, "Papua New Guinea", "verbless bullet: condolences + relief"))
U(d, "- UNITED KINGDOM. Foreign Secretary David Cameron wrote", "how it could help.",
  ("United Kingdom", S, pos, "Papua New Guinea", "sympathy + offer of help being discussed"))
U(d, "- EUROPEAN UNION. Humanitarian funding released through its partners", "the European Commission said.",
  ("European Union", S, neu, "Papua New Guinea", "funding released = backing by act"))
U(d, "Secretary-General António Guterres was saddened by the loss of life", "the Government's response.",
  ("United Nations", S, neg, "Papua New Guinea", "sympathy + readiness to support, via the spokesperson"))
U(d, "Serhan Aktoprak, the head of the IOM mission in Papua New Guinea, told reporters", "a risk for rescuers.",
  ("International Organization for Migration", N, neg, "", "conditions on the ground, no appeal"))
U(d, "Aktoprak said convoys to the site had to pass through an area", "aid could get through.",
  ("International Organization for Migration", T, neg, "", "appeal to warring clans to hold fire for aid = calling_for_talks"))
U(d, "UNICEF said about 40 per cent of those affected were likely to be children", "for relief workers.",
  ("UNICEF", T, neg, "", "figure + call for safe humanitarian access = calling_for_talks (rule 2)"))
U(d, "Margaret Kundi, a church women's leader from the Mulitaka area", "for the sake of the dead.",
  ("Margaret Kundi", T, neg, "", "invented witness; appeal to the clans to stop fighting"))
U(d, "\"We are burying our people with shovels.", "she said.",
  ("Margaret Kundi", T, neg, "", "quote continuing the appeal ('not the time to burn each other's houses')"))
U(d, "Dr Joseph Kapiak, a geologist at the PNG University of Technology in Lae, said successive governments", "hazard mapping.",
  ("Joseph Kapiak", C, neg, "Papua New Guinea", "invented scholar; blames governments for ignoring warnings"))
U(d, "\"The mountain gave signs for years; the people who should have listened were in Port Moresby,\" Kapiak said.", "Kapiak said.",
  ("Joseph Kapiak", C, neg, "Papua New Guinea", "judgement without stock words; Port Moresby = the government"))
U(d, "PNG's Defence Minister Billy Joseph, who visited the site on Sunday, rejected suggestions", "held up the rescue.",
  ("Papua New Guinea", N, neg, "", "denial of a slow response = neutral, negative"))
