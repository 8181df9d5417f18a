# ------------------------------------------------------------------ Kumanovo clashes, North Macedonia (Balkan news site, full HTML, 2015-05-11)
d = "page_kumanovo_balkansite.html"
MK, SD = "North Macedonia", "Social Democratic Union of Macedonia"
# No rows: headline, kicker, standfirst, byline, share bar, captions ("1 of 3", credits), BREAKING ticker, ADVERTISEMENT,
# crossheads, "Related:", tags, newsletter prompt, comments, most read, footer.
U(d, "Macedonia's government on Monday described the men who fought police", "from spreading.",
  (MK, C, neg, "", "dateline 'SKOPJE –' excluded; long lead: narration (burials) + the government's judgement of the gunmen ('terrorist cell'); 'foreign governments pressed' is a summary clause (no rows); the group is not a canonical actor -> target empty"))
U(d, "The interior ministry said 14 members of the group had been killed", "gunshot wounds.",
  (MK, N, neu, "", "'the interior ministry' = North Macedonia by context; figures of an operation, war vocabulary as topic"))
U(d, "Police spokesman Ivo Kotevski said the automatic rifles", "the means to carry it out.\"",
  (MK, C, neg, "", "role then name; quote opened after a colon, accusation of a planned attack = judgement (target empty: group not canonical)"))
# "Residents of Divo Naselje returned ..." and the unnamed woman: scene and an unnamed resident, no row.
U(d, "Prime Minister Nikola Gruevski, in a televised address", "a wave of attacks.",
  (MK, N, pos, "", "own operation reported as done, with self-praise = neutral, positive"))
U(d, "\"Those who sent them wanted blood", "Gruevski said.",
  (MK, C, neg, "", "two-sentence quote closed by the speaker (surname only); judgement without stock words + refusal to bargain ('will not bargain with people who carry rifles')"))
U(d, "The head of state, Gjorge Ivanov,", "every life lost.",
  (MK, C, neg, "", "role then name; 'an assault on the constitutional order' + those behind it 'would answer' = judgement and threat"))
U(d, "Interior Minister Gordana Jankuloska said prosecutors had opened terrorism proceedings", "had been searched.",
  (MK, N, neu, "", "procedure and deployment in crisis vocabulary ('terrorism proceedings', 'special police units'), no judgement"))
U(d, "The junior partner in the governing coalition, the ethnic Albanian Democratic Union", "Macedonians and Albanians.",
  ("Democratic Union for Integration", T, neu, "", "party in government under its own name; appeal for calm to all communities"))
U(d, "The opposition Social Democrats, who have boycotted parliament", "families of the officers.",
  (SD, S, neg, "", "background narration (boycott, wiretaps) in a relative clause + condolences = supporting; target empty (the families); grieving tone"))
U(d, "But their leader, Zoran Zaev, said the government owed the public answers", "without the intelligence service noticing.",
  (SD, T, neg, MK, "Zaev speaks for his party; demand for answers with no judgement word, as batch5c (unsure: the implied failure could make it condemning)"))
U(d, "\"A government that listens to the phones", "told a party meeting.",
  (SD, C, neg, MK, "two-sentence quote closed by the speaker; 'failed at the one job that matters, or it let this happen' = accusation"))
U(d, "His party repeated its demand that Gruevski step down", "on 17 May.",
  (SD, C, neg, MK, "demand for the PM's resignation + protest announced = condemning; Gruevski and Skopje are object and place"))
U(d, "A government spokesman dismissed the accusation as a disgrace", "memory of the dead.",
  (MK, C, neg, SD, "unnamed official of a named government; 'a disgrace' aimed at the opposition's claim = judgement"))
U(d, "\"Nobody staged anything.", "he said.",
  (MK, N, neg, "", "denial ('Nobody staged anything') = neutral, negative; pronoun speaker = the spokesman"))
U(d, "In Pristina, the Kosovo government said all state institutions condemned", "the neighbouring country.",
  ("Kosovo", C, neg, "", "Pristina = place here; condemns threats by 'individuals or groups' (no actor named -> target empty)"))
U(d, "Kosovo's foreign ministry called on all sides in Macedonia", "the 2001 Ohrid agreement.",
  ("Kosovo", T, neu, "", "appeal to all sides, no judgement"))
U(d, "Prime Minister Isa Mustafa said he was troubled", "a stable Macedonia.",
  ("Kosovo", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "President Atifete Jahjaga appealed to everyone involved", "put down their weapons.",
  ("Kosovo", T, neg, "", "appeal to respect the law and lay down arms"))
U(d, "She said she was in constant contact", "relevant institutions.",
  ("Kosovo", N, neu, "", "pronoun subject = Jahjaga; own contacts, a fact"))
U(d, "Albanian Prime Minister Edi Rama said he hoped", "confined to Kumanovo.",
  ("Albania", T, pos, "", "hope that communities stay together and violence stays contained = calling_for_talks (Rama not declared: alias of OSCE in labels/pages/new_actors.csv)"))
U(d, "Tirana also dispatched Foreign Minister Ditmir Bushati", "territorial integrity.",
  ("Albania", S, pos, MK, "Tirana = metonym for Albania; backing by act (envoy sent with a message of support)"))
U(d, "The European Union's foreign policy chief Federica Mogherini", "impartial investigation.",
  ("European Union", T, neg, "", "joint statement of two EU officials = one EU row; worry + appeal for restraint and an investigation"))
U(d, "The bloc stood ready to assist", "the statement said.",
  ("European Union", S, pos, MK, "'the bloc' = EU; offer of assistance; attribution tail"))
U(d, "NATO Secretary General Jens Stoltenberg called on all political", "restore security.",
  ("NATO", T, neu, "", "appeal to leaders in 'the candidate country'"))
U(d, "The US State Department offered its condolences", "a spokesman said in Washington.",
  ("United States", T, neg, "", "condolences + appeal for restraint: rule 2 before rule 3; attribution tail; Washington = place"))
U(d, "The US embassy in Skopje said it welcomed the end of the standoff", "carried out.",
  ("United States", T, neu, MK, "welcome + appeal for a full account (demand for an explanation, no judgement word) = rule 2 before rule 3"))
U(d, "Bulgaria's foreign ministry said it hoped security would soon be restored", "would follow.",
  ("Bulgaria", T, pos, "", "hope that security returns = calling_for_talks"))
# "Analysts said the clashes hit Macedonia ..." : summary line before the named analysts, no row.
U(d, "\"The danger is not a new 2001.", "Institute for Democracy and Governance.",
  ("Ljubica Grozdanovska", N, neg, "", "independent analyst (invented); scenario of risks, judging no one = neutral, negative"))
U(d, "Besnik Morina, a security researcher at the Pristina Policy Centre", "both sides of the border.",
  ("Besnik Morina", N, neg, "", "independent researcher (invented); assessment + warning of radicalisation, no appeal"))
U(d, "\"Both governments in Skopje and Pristina need to open their files", "Morina said.",
  ("Besnik Morina", T, neu, "", "appeal for cooperation between the two governments (surname only)"))
U(d, "Morina also criticised the authorities in Skopje", "left the field to speculation.",
  ("Besnik Morina", C, neg, MK, "independent voice with a judgement ('a mistake'); Skopje = place, 'the authorities' = North Macedonia"))
# "The European Commission's report on Macedonia, published last autumn, had already warned ..." : background recalled
# by the outlet, not a position taken in this crisis: no row.
