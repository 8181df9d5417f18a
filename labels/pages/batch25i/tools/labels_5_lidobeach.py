# ------------------------------------------------------------------ Al-Shabaab attack on Lido Beach, Mogadishu (live blog, 2024-08-03)
d = "page_somalia_lidobeach2024_liveblog.txt"
# Not statements: site menu, LIVE badge, headline, updated line, blog byline, key-events bullets, share/refresh bar,
# time stamps, entry headings (several carry a position: "Government vows response", "UN: 'an abhorrent act'"),
# the closing note, "Advertisement", related links, tags, copyright.
AS = "Al-Shabaab"
# "We are wrapping up our live coverage. ..." = blog furniture, no row.
U(d, "Abdirahman Ibrahim Dahir, a researcher at the Mogadishu Institute for Security Policy, said", "share information.",
  ("Abdirahman Ibrahim Dahir", C, neg, "Somalia", "invented analyst; long sentence: narration of the attack + a judgement on the city's security agencies (failures)"))
U(d, "\"You cannot keep announcing that the group is finished", "he said.",
  ("Abdirahman Ibrahim Dahir", C, neg, "Somalia", "judgement of the government's claims, without stock words"))
U(d, "Dahir added that the government's new defence pacts", "were not reorganised.",
  ("Abdirahman Ibrahim Dahir", N, neg, "", "conditional assessment (unsure: an implied criticism of the government could make it condemning)"))
U(d, "Hodan Abdullahi Nur, a 24-year-old university student", "a minute later.",
  ("Hodan Abdullahi Nur", N, neu, "", "invented named witness; account of events = neutral"))
U(d, "\"People were running into the sea because there was nowhere else to go,\" she said.", "she said.",
  ("Hodan Abdullahi Nur", N, neg, "", "scene described by the witness, no judgement"))
U(d, "She said she wanted the government to explain how armed men could reach", "full of families.",
  ("Hodan Abdullahi Nur", T, neg, "Somalia", "demand for an explanation, no judgement word: like a demand for an inquiry = calling_for_talks, negative (unsure)"))
U(d, "Qatar's foreign ministry said in a statement that it condemned the attack", "whatever the motives.",
  ("Qatar", C, neg, AS, "condemnation; the attack was claimed by Al-Shabaab"))
U(d, "Turkey's foreign ministry said the attack targeting innocent civilians was abhorrent", "fight against terrorism.",
  ("Turkey", C, neg, AS, "judgement + support for Somalia in one sentence: the judgement decides (rule 1)"))
U(d, "Egypt, whose ties with Mogadishu have grown closer this year, also condemned", "its foreign ministry said.",
  ("Egypt", C, neg, AS, "condemnation with an attribution tail; the relative clause is narration"))
U(d, "IGAD Executive Secretary Workneh Gebeyehu condemned", "by the sea.",
  ("IGAD", C, neg, AS, "the executive secretary speaks for IGAD"))
U(d, "The Organisation of Islamic Cooperation expressed its hope", "peace and stability.",
  ("Organisation of Islamic Cooperation", T, pos, "", "hope for peace and stability = calling_for_talks"))
U(d, "Ethiopian Prime Minister Abiy Ahmed said the loss of life grieved him", "his official account.",
  ("Ethiopia", C, neg, AS, "grief + condemnation; 'according to a post on his official account' = second-hand attribution"))
U(d, "Djibouti's President Ismail Omar Guelleh said an attack on people relaxing on a beach", "run out of arguments.",
  ("Djibouti", C, neg, AS, "judgement without stock words"))
U(d, "Kenyan officials said security had been stepped up", "in Mogadishu closely.",
  ("Kenya", N, neu, "", "state given by its adjective; own measures + monitoring, no appeal = neutral"))
U(d, "The US Embassy in Mogadishu said it condemned the terrorist attack", "families of the victims.",
  ("United States", C, neg, AS, "condemnation + condolences"))
U(d, "The embassy said the United States would keep supporting Somali forces", "degrade al-Shabaab.",
  ("United States", S, pos, "Somalia", "'The embassy' = the US embassy; continued support for Somali forces = supporting"))
U(d, "The British Embassy said it stood with the people of Somalia", "terrible moment.",
  ("United Kingdom", S, pos, "Somalia", "solidarity = supporting"))
U(d, "The United Nations in Somalia condemned the attack, with the acting special representative", "contempt for Somali lives.",
  ("United Nations", C, neg, AS, "condemnation + judgement without stock words"))
U(d, "Swan said the world body remained at the side of the federal government", "make the country safe.",
  ("United Nations", S, pos, "Somalia", "surname only; solidarity with the government"))
U(d, "The chairperson of the African Union Commission, Moussa Faki Mahamat, strongly condemned", "a statement on X.",
  ("African Union", C, neg, AS, "condemnation + solidarity: the judgement decides (rule 1); 'according to a statement on X'"))
U(d, "The AU Transition Mission in Somalia (ATMIS) said its medical teams", "hospitals overnight.",
  ("African Union", S, pos, "Somalia", "ATMIS = AU mission; backing by act (treating the wounded) = supporting"))
U(d, "Al-Shabaab said in a statement carried by its Andalus radio station", "attack on the hotel.",
  (AS, N, neu, "", "claim of its own attack reported as done, no judgement = neutral"))
# "President Hassan Sheikh Mohamud chaired an emergency meeting ..., his office said." = a meeting in narration, no row.
U(d, "In remarks carried by the state news agency SONNA, the president said", "offensive against al-Shabaab.",
  ("Somalia", C, neg, AS, "threat to hunt down the planners + offensive; SONNA is not an actor"))
U(d, "The government said several members of the security forces deployed around the beach", "oversee the response.",
  ("Somalia", N, neu, "", "measures about its own forces (arrests for negligence, a committee), no judgement of another actor"))
# "Prime Minister Hamza Abdi Barre visited the wounded ..." = narration of an act with no position, no row.
U(d, "Police spokesman Abdifatah Aden Hassan said at least 32 people had been killed", "blew himself up.",
  ("Somalia", N, neu, "", "casualty figures given by the police = neutral"))
U(d, "The spokesman denied reports on social media", "along the beach.",
  ("Somalia", N, neg, "", "'The spokesman' = the police spokesman; denial = neutral, negative"))
# "Ambulance crews said ..." = unnamed speakers, no row. "A loud explosion was heard ..., according to residents." = unnamed, no row.
# "Lido Beach, lined with hotels and restaurants, ..." = background, no row.
