# ------------------------------------------------------------------ Israeli strike kills Anas al-Sharif and colleagues (live blog, scraped .txt, 2025-08-11)
d = "page_alsharif_killing_liveblog.txt"
# no rows: title, standfirst, editors, captions with credits and "Image N of 4", Key events bullets, timestamps and
# entry headings, the "What we know so far" summary (including "The Israeli military confirmed ... said al-Sharif
# was a Hamas operative." and "Governments and rights groups have condemned the killing.": summary lines)
U(d, "Egypt's foreign ministry has issued a statement condemning", "international humanitarian law.",
  ("Egypt", C, neg, "", "judgement of the 'deliberate targeting'; Israel not named in the sentence -> target empty"))
U(d, "It called on the international community to act to protect reporters", "into the strip.",
  ("Egypt", T, neg, "", "'It' = the ministry; appeal to protect civilians and open access"))
U(d, "The Palestinian Journalists Syndicate said journalists across the occupied West Bank", "in protest at the killings.",
  ("Palestinian Journalists Syndicate", C, neg, "", "a work stoppage in protest = a protest act by a body under its own name"))
U(d, "In a statement, the syndicate accused Israel of \"hunting\" reporters", "happening in Gaza.",
  ("Palestinian Journalists Syndicate", C, neg, "Israel", "'the syndicate' resolved by context; accusation"))
U(d, "\"Every camera that goes dark in Gaza is a gift", "it said.",
  ("Palestinian Journalists Syndicate", C, neg, "", "quote closed by 'it said'; judgement, nobody named"))
U(d, "Downing Street has said Keir Starmer is alarmed", "killed in Gaza.",
  ("United Kingdom", N, neg, "", "Downing Street = metonym; alarm without an appeal = neutral, negative"))
U(d, "\"Reporters in Gaza need to be kept safe", "told reporters.",
  ("United Kingdom", T, neg, "Israel", "demand addressed to Israel, no judgement word = calling_for_talks (protection of civilians)"))
U(d, "Asked about the Israeli claim that al-Sharif belonged to Hamas", "an independent investigation.",
  ("United Kingdom", T, neu, "", "demand for an independent investigation, no judgement = calling_for_talks; Israel's and Hamas's names are objects"))
U(d, "The EU's foreign policy chief, Kaja Kallas, has condemned the killing", "Al Jazeera staff.",
  ("European Union", C, neg, "", "role then name; condemnation, Israel not named -> target empty"))
U(d, "Writing on X after an online meeting of EU foreign ministers, she said Israel had made a serious accusation", "paying with their lives.",
  ("European Union", T, neg, "Israel", "demand for proof addressed to Israel, no judgement word (unsure: could be read as doubting Israel = condemning)"))
U(d, "The UN human rights office in Geneva has condemned the strike", "international humanitarian law.",
  ("United Nations", C, neg, "", "OHCHR = United Nations; Geneva = place"))
U(d, "\"Journalists are civilians, and Israel is bound to spare them.", "a spokesperson for the office said.",
  ("United Nations", C, neg, "Israel", "multi-sentence quote closed by the office's spokesperson (a spokesperson of a named body); 'the attacks on media workers' describes the other side's attacks on civilians = accusation (unsure: could be calling_for_talks)"))
U(d, "The office said more than 200 Palestinian journalists had been killed", "since October 2023.",
  ("United Nations", N, neg, "", "figure given by the actor, no blame in the sentence"))
U(d, "Qatar's prime minister and foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, has posted a message", "by name.",
  ("Qatar", N, neg, "", "mourning without a position = neutral, negative"))
U(d, "He called the killing of the reporters an Israeli crime", "held to account.",
  ("Qatar", C, neg, "Israel", "pronoun subject; 'crime' + accountability; the next sentence ('Doha funds Al Jazeera ...') is the outlet's narration, no row"))
U(d, "The Committee to Protect Journalists said it was horrified by the killings", "credible proof.",
  ("Committee to Protect Journalists", C, neg, "Israel", "alarm + accusation of a pattern"))
U(d, "\"Killing a journalist because of what he reports is a war crime.", "said in a statement.",
  ("Committee to Protect Journalists", C, neg, "", "name then role (regional director) = CPJ; multi-sentence quote; nobody named"))
U(d, "Reporters Without Borders (RSF) said it was outraged by the strike", "journalists in Gaza.",
  ("Reporters Without Borders", C, neg, "", "outrage at the strike + appeal for an emergency Council meeting (rule 1)"))
U(d, "The Israeli military has repeated its claim that al-Sharif headed a Hamas cell", "including personnel lists.",
  ("Israel", C, neg, "Anas al-Sharif", "the army = Israel; accusation against the journalist (declared as a person)"))
U(d, "\"Working for a television channel does not turn a terrorist into a journalist,\"", "on its Telegram channel.",
  ("Israel", C, neg, "Anas al-Sharif", "quote with attribution tail"))
U(d, "It said it had taken steps before the strike to avoid hurting people nearby.", "people nearby.",
  ("Israel", N, neu, "", "'It' = the military; reassurance about its own conduct = neutral"))
U(d, "Al-Sharif had repeatedly denied any link to Hamas before his death", "turn him into a target.",
  ("Anas al-Sharif", C, neg, "Israel", "past positions of the dead journalist reported by the outlet: denial (neutral) + accusation that Israel was making him a target (judgement decides)"))
U(d, "At a news conference in Jerusalem on Sunday evening", "under escort.",
  ("Israel", N, neu, "", "Netanyahu's own decision, no evaluation; Jerusalem = place"))
U(d, "He said reporters would see for themselves that Israel was not starving", "population.",
  ("Israel", N, neg, "", "denial of an accusation = neutral, negative"))
U(d, "Hamas said the killing of the journalists was meant to clear the way", "to the world.",
  ("Hamas", C, neg, "Israel", "accusation"))
U(d, "The group called on media organisations around the world to break their silence.", "their silence.",
  ("Hamas", C, neg, "", "'The group' = Hamas; appeal that reproaches the media's silence (unsure: no peaceful course asked, so not calling_for_talks)"))
U(d, "The health ministry in Gaza said 61,430 people had been killed", "153,000 wounded.",
  ("Hamas", N, neu, "", "Gaza health ministry = Hamas (name files); casualty figures = neutral, neutral"))
U(d, "It said dozens of people had been killed across the strip", "waiting for aid.",
  ("Hamas", N, neu, "", "figures, no blame"))
U(d, "A State Department spokesperson said Washington had seen the reports", "to the Israeli government.",
  ("United States", N, neu, "", "unnamed spokesperson of a named government; non-committal, referral = neutral"))
U(d, "The spokesperson said the United States wanted all journalists in Gaza", "work safely.",
  ("United States", T, neu, "", "wish for the protection of journalists = calling_for_talks, nobody addressed"))
# no rows: the funeral scene; the unnamed colleague and the former fixer (not actors);
# "Al Jazeera Media Network said the killing was a deliberate attack ..." and its managing editor: Al Jazeera is
# listed as media ('-', not an actor) in organisations.csv, so no row (see README); the outlet's Welcome entry;
# "Show earlier updates", topics, newsletter, most viewed, footer
