# ------------------------------------------------------------------ Mauritania's post-election unrest in Kaédi (state media, 2024-07-03)
d = "page_mauritania_kaedi_postelection2024_statemedia.txt"
# Not statements: agency name, language bar, menu, section, headline, dateline line, [PHOTO] caption with "1 of 3",
# ADVERTISEMENT, crossheads (RESULTS, OBSERVERS AND PARTNERS, VOICES), RELATED NEWS, tags, share, subscribe prompt, copyright.
U(d, "The Government affirmed on Wednesday that calm had returned to Kaédi", "three people held after the unrest.",
  ("Mauritania", N, neu, "", "lede; dateline 'Nouakchott (MNA) - ' excluded; calm restored + investigation opened = facts and procedure"))
U(d, "Minister of the Interior and Decentralisation Mohamed Ahmed Ould Mohamed Lemine told a press conference", "on the night of Monday to Tuesday.",
  ("Mauritania", C, neg, "", "accusation made by describing the rioters' attacks; rioters are not a canonical actor -> target empty"))
U(d, "The minister said the security forces had acted", "remains in intensive care.",
  ("Mauritania", N, neu, "", "'the minister' (title only); reassurance about own forces + figures = neutral"))
U(d, "He said that two of the persons arrested had died in detention", "had ordered autopsies.",
  ("Mauritania", N, neu, "", "facts and procedure = neutral"))
U(d, "\"The State will hide nothing", "the minister affirmed.",
  ("Mauritania", N, neu, "", "assurance about own conduct (the investigation) = neutral"))
U(d, "Ould Mohamed Lemine accused \"certain political actors\"", "for the looting that followed.",
  ("Mauritania", C, neg, "", "accusation + holds responsible; the actors are unnamed (the opposition) -> target empty"))
U(d, "He warned that the authorities would not tolerate any further attack", "would be prosecuted.",
  ("Mauritania", C, neg, "", "threat of prosecution = condemning; no named target"))
U(d, "The minister said the temporary suspension of mobile internet", "once the situation allowed.",
  ("Mauritania", N, neu, "", "own measure explained, no judgement of another actor = neutral"))
U(d, "The Government Spokesman and Minister of Culture, Nani Ould Chrougha, said", "international observers present.",
  ("Mauritania", N, pos, "", "self-praise of the vote's transparency = neutral, positive tone"))
U(d, "The Independent National Electoral Commission (CENI) announced on Monday", "with 22.10 percent.",
  ("Mauritania", N, neu, "", "the electoral commission (state body) gives results = neutral"))
# "The Constitutional Council is expected to proclaim the final results ..." = narration of a procedure, no row.
U(d, "The ruling El Insaf party hailed the result", "\"with dignity and calm\".",
  ("El Insaf", S, pos, "Mauritania", "praise of the president's re-election = supporting (target: the state's president)"))
U(d, "Candidate Biram Dah Abeid, who rejected the provisional results, addressed his condolences", "on Tuesday.",
  ("Biram Dah Abeid", N, neg, "", "condolences to the victims' families (no actor addressed) = neutral, grief; his rejection of the results is in a relative clause, the next unit carries it"))
U(d, "He repeated that the vote had been \"stolen from the people\"", "but peacefully.",
  ("Biram Dah Abeid", C, neg, "Mauritania", "fraud charge against the authorities + call for peaceful protest: rule 1"))
U(d, "In a statement to the press on Wednesday, the anti-slavery campaigner said", "were released.",
  ("Biram Dah Abeid", T, neu, "Mauritania", "named by description ('the anti-slavery campaigner'); conditional offer of dialogue = calling_for_talks"))
U(d, "The head of the African Union election observation mission said in a preliminary declaration", "express their choice freely.",
  ("African Union", S, pos, "Mauritania", "approval of the vote's conduct = supporting (unsure: an observer finding could be read as neutral)"))
U(d, "The mission urged all candidates to submit their disputes", "likely to disturb public order.",
  ("African Union", T, neu, "", "appeal to all candidates for legal channels and calm = calling_for_talks"))
# "The President of the Republic has received messages of congratulation ..." = summary line, no row.
U(d, "President Bassirou Diomaye Faye of Senegal, President Abdelmadjid Tebboune of Algeria", "cooperation with Mauritania.",
  ("Senegal", S, pos, "Mauritania", "list of three heads of state: congratulations = recognition of the winner, one row per state"),
  ("Algeria", S, pos, "Mauritania", "same sentence, second listed state"),
  ("Morocco", S, pos, "Mauritania", "same sentence, third listed state"))
U(d, "The Embassy of the United States in Nouakchott", "to show restraint.",
  ("United States", T, neu, "", "embassy speaks for its state; appeal for legal channels and restraint = calling_for_talks"))
U(d, "Sidi Mohamed Ould Cheikhna, professor of public law at the University of Nouakchott, told MNA", "throughout the campaign\".",
  ("Sidi Mohamed Ould Cheikhna", N, neu, "", "invented scholar; an assessment of the results = neutral; 'told MNA' = the agency is not an actor"))
U(d, "\"The legal route is open to anyone who contests the figures", "he said.",
  ("Sidi Mohamed Ould Cheikhna", T, neu, "", "appeal to take the dispute to the courts rather than the street = calling_for_talks"))
U(d, "Aissata Ba, who heads a women's cooperative in Kaédi, said", "wanted the truth above all.",
  ("Aissata Ba", N, neg, "", "invented community voice; relays the families' wish = neutral"))
U(d, "\"We ask the State to keep its word on the investigation", "she said.",
  ("Aissata Ba", T, neg, "", "appeal to the state and to all sides to calm the language = calling_for_talks"))
U(d, "The Delegation of the European Union in Mauritania said it had taken note", "would be preserved.",
  ("European Union", T, pos, "", "'taken note' (procedural) + hope that calm is preserved = hope for calm -> calling_for_talks"))
