# ------------------------------------------------------------------ Baghdad: the killing of Hisham al-Hashimi (Iraqi regional news site, full HTML, 2020-07-08)
d = "page_iraq_hashimi_zayouna2020_regionalsite.html"
# Not statements: top bar, masthead, nav, breadcrumb, kicker, headline, standfirst, byline/time, figcaptions "(1 of 3)",
# ADVERTISEMENT slots, crossheads, tags, share bar, related list, readers' comments, most read, footer.
U(d, "Iraqi Prime Minister Mustafa al-Kadhimi visited the family of Hisham al-Hashimi on Wednesday", "condemning the killing.",
  ("Iraq", C, neg, "", "dateline excluded; long lead: narration + pledge that the killers will be caught (threatened response); the closing clause about 'governments and the UN' is a summary, no row for them"))
# "Hashimi, 47, an adviser to successive governments ..." = background narration, no row.
U(d, "\"A man who answers an argument with a bullet", "released by his office.",
  ("Iraq", C, neg, "", "judgement without a stock word; no canonical target"))
U(d, "He said the days when gunmen decided who could speak in Baghdad were over", "\"whoever stands behind them.\"",
  ("Iraq", C, neg, "", "announced pursuit of the killers and their sponsors = threatened response"))
U(d, "The prime minister's office said later that a special force had been given the task", "were being examined.",
  ("Iraq", N, neu, "", "investigative steps reported without evaluation (unsure: a manhunt could count as an announced operation)"))
U(d, "Iraq's Supreme Judicial Council announced it had formed a special investigative commission", "to the public.",
  ("Iraq", N, neu, "", "two state bodies' procedural steps, one actor"))
U(d, "President Barham Salih said the gunmen had fired at every Iraqi", "would not be ruled by fear.",
  ("Iraq", C, neg, "", "judgement of the killing as an attack on free speech + defiance; no canonical target"))
U(d, "The head of the UN Assistance Mission for Iraq, Jeanine Hennis-Plasschaert, said she was shaken", "to the world.",
  ("United Nations", N, neg, "", "UNAMI = United Nations; shock and tribute without an appeal = neutral, negative"))
U(d, "She urged the government to carry the investigation through to a trial", "set up a dedicated commission.",
  ("United Nations", T, pos, "Iraq", "appeal + welcome, no judgement: rule 2 before rule 3 = calling_for_talks"))
U(d, "The U.S. Embassy in Baghdad said it condemned the assassination", "help the Iraqi authorities with the investigation.",
  ("United States", C, neg, "", "condemnation + offer of help: rule 1, the judgement decides"))
U(d, "British Ambassador Stephen Hickey wrote on Twitter that Hashimi's work", "had to be found and tried.",
  ("United Kingdom", T, neg, "", "tribute + demand that the killers be tried, no judgement word = calling_for_talks (unsure: 'silenced' could be read as a judgement)"))
U(d, "The British embassy said later that the United Kingdom had offered forensic specialists", "examine the evidence.",
  ("United Kingdom", S, neu, "Iraq", "backing by act: offer of specialists to Iraq's investigators"))
U(d, "France's foreign ministry condemned the killing and asked the Iraqi authorities", "safety of activists with Baghdad.",
  ("France", C, neg, "", "condemnation + demand for light: rule 1"))
U(d, "The European Union's delegation in Baghdad said it was deeply troubled", "since protests began last October.",
  ("European Union", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Iran's embassy in Baghdad condemned the killing in a statement", "protect its citizens.",
  ("Iran", C, neg, "", "condemnation + backing of the government: rule 1"))
U(d, "The Popular Mobilization Forces, some of whose members had argued bitterly", "official account.",
  ("Popular Mobilization Forces", N, neg, "", "condolences to a private family (no actor addressed) = neutral, negative (unsure: could be supporting)"))
U(d, "A spokesman for Kataib Hezbollah, which Hashimi had criticised", "directed from abroad.",
  ("Kataib Hezbollah", C, neg, "", "denial + accusation of a smear campaign from abroad: the accusation makes it condemning; no canonical target"))
U(d, "He warned that the group would not stay silent towards media outlets", "went on accusing it.",
  ("Kataib Hezbollah", C, neg, "", "veiled threat against media = condemning"))
# "Friends of Hashimi have said he received threats ..." = unnamed speakers, no row.
U(d, "In Erbil, Kurdistan Region Prime Minister Masrour Barzani sent his condolences", "bring the killers to account.",
  ("Kurdistan Regional Government", S, pos, "Iraq", "condolences + backing of Baghdad's effort = supporting"))
U(d, "Shiite cleric Muqtada al-Sadr wrote on Twitter that whoever killed Hashimi", "provoked into revenge.",
  ("Sadrist Movement", C, neg, "", "judgement ('served the enemies of Iraq') + appeal for restraint: rule 1"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit said he hoped the crime would not pull Iraq back", "leave behind.",
  ("Arab League", T, neg, "", "hope that violence does not return = calling_for_talks"))
U(d, "The Committee to Protect Journalists said Hashimi was a regular source", "among reporters.",
  ("Committee to Protect Journalists", T, neg, "Iraq", "appeal to the authorities about the climate of fear, no judgement = calling_for_talks"))
U(d, "Parliament's security and defence committee said it would call the interior minister", "what had been found.",
  ("Iraq", N, neu, "", "parliamentary committee = Iraq; procedural 'will hear'"))
U(d, "The interior ministry denied reports that patrols in Zayouna had been withdrawn", "manned as normal.",
  ("Iraq", N, neg, "", "denial = neutral, negative"))
U(d, "Lawmaker Fayeq al-Sheikh Ali wrote that he hoped the killing would finally unite", "under the state's control.",
  ("Iraq", T, pos, "", "a lawmaker speaks for his state (guide: Senator Cardin); hope that the blocs agree = calling_for_talks"))
# "Analysts say Kadhimi ... faces the sternest test ..." = unnamed analysts, no row.
U(d, "\"He has said many brave things about the factions", "Erbil Forum for Policy Studies.",
  ("Dana Rasul", N, neg, "", "invented researcher; scepticism without an explicit judgement = neutral"))
U(d, "Rasul said a failure to name the killers would tell every critic", "even its own advisers.",
  ("Dana Rasul", N, neg, "", "conditional risk scenario, no judgement"))
U(d, "\"The best thing the political leaders can do now is sit down together", "she said.",
  ("Dana Rasul", T, neu, "", "appeal for dialogue among leaders = calling_for_talks"))
U(d, "Omar Hadi, a former colleague who worked with Hashimi", "the only way out for Iraq.",
  ("Omar Hadi", N, pos, "", "invented former colleague; tribute and account, no position on an actor"))
# "Hundreds of protesters held a symbolic funeral ..." = narration, no row. Comments are not statements.
