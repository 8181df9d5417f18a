# ------------------------------------------------------------------ US raid kills Abu Bakr al-Baghdadi; reactions (international wire copy, .txt, 2019-10-28)
d = "page_baghdadi_raid_wire.txt"
# No rows: agency menu, section, date line, headline, byline, read time, share bar, caption + "1 of 3", ADVERTISEMENT, capitals
# crossheads ("MOSCOW SKEPTICAL", "ANKARA SAYS IT COORDINATED", "EUROPE: \"NOT THE END\"", "WHAT NEXT"), "Related:", reporting
# credits, Our Standards, topics, newsletter, most read, footer.
# Also no rows: the lead ("Governments from Ankara to London on Monday welcomed ..., while Russia's military questioned ... and
# the Pentagon said ...") is a summary line whose specific statements follow; "A day later the Kremlin sounded a warmer
# note." (summary); "The statement did not comment on Baghdadi's death." (a non-statement); "Security analysts said ..."
# (unnamed); the Barisha villager (unnamed resident).
U(d, "US Defense Secretary Mark Esper told a Pentagon news conference", "about two hours.",
  ("United States", N, neu, "", "own raid reported as done, no judgement (guide: own strike = neutral)"))
U(d, "\"This was a very dangerous mission", "Esper said.",
  ("United States", C, neg, "Islamic State", "'its new leaders will get the same attention' = threat against the group"))
U(d, "General Mark Milley, chairman of the Joint Chiefs of Staff, said", "rejoined its unit.",
  ("United States", N, neu, "", "facts and procedure"))
U(d, "President Donald Trump, announcing the raid from the White House on Sunday", "died in terror.",
  ("United States", C, neg, "Islamic State", "judgement of the group's leader ('a coward'); his death narrated"))
U(d, "Trump thanked Russia, Turkey, Syria and Iraq, as well as the Syrian Kurds, for their help.", "Trump thanked Russia, Turkey, Syria and Iraq, as well as the Syrian Kurds, for their help.",
  ("United States", S, pos, "", "thanks = approval of several actors -> target empty"))
U(d, "He said Russia had opened the airspace it controls", "told in advance.",
  ("United States", N, neu, "", "'He' = Trump; account of the help received"),
  ("Russia", S, neu, "United States", "Russia's act reported by Trump (guide: a position of X reported by Y is X's): opening airspace = backing by act; Russia denies it below (unsure)"))
U(d, "The Russian defence ministry said on Sunday it had no reliable information", "over the Idlib area.",
  ("Russia", N, neg, "", "doubt + denial of any help = neutral, negative"))
U(d, "Its spokesman, Major General Igor Konashenkov, said the accounts given in Washington", "on the ground in Syria.",
  ("Russia", N, neg, "", "'Its spokesman' = the ministry's; scepticism about the US account, no judgement word (unsure: an insinuation that Washington is not telling the truth could be condemning); Washington = metonym"))
U(d, "Spokesman Dmitry Peskov told reporters that Russian officers had indeed seen", "fight against terrorism.",
  ("Russia", S, pos, "United States", "conditional praise of the US president's achievement = approval"))
U(d, "Iran's foreign ministry spokesman, Abbas Mousavi, said the group had been beaten", "credit for its defeat.",
  ("Iran", C, neg, "United States", "accusation (helped create the conditions for its rise) + 'deserved no credit' = judgement; own role claimed in the same sentence"))
U(d, "Syria's foreign ministry, in a statement carried by the state news agency SANA", "breach of Syria's sovereignty.",
  ("Syria", C, neg, "United States", "'breach of Syria's sovereignty' = judgement of the US entry; SANA carries it (not an actor)"))
U(d, "Turkey's defence ministry said in a post on Twitter", "coordinated their moves.",
  ("Turkey", S, neu, "United States", "information exchanged and moves coordinated with the US = backing by act (unsure: could be read as a neutral fact)"))
U(d, "President Tayyip Erdogan hailed the killing as a major blow", "would stay in it.",
  ("Turkey", S, pos, "United States", "welcome of the US step + commitment; Ankara = metonym"))
U(d, "In a speech in Ankara on Monday he added that the militants of the Kurdish YPG", "had just killed.",
  ("Turkey", C, neg, "YPG", "'no better partners ... than those it had just killed' = judgement of the YPG; Ankara = place, then metonym in the relative clause; Washington = object"))
U(d, "Mazloum Abdi, commander of the Kurdish-led Syrian Democratic Forces, said the raid", "inside Baghdadi's circle.",
  ("Syrian Democratic Forces", N, pos, "", "own contribution claimed = self-praise, neutral with positive tone"))
U(d, "The SDF also said it had killed the group's spokesman", "near Jarablus on Sunday.",
  ("Syrian Democratic Forces", N, neu, "", "own strike reported as done = neutral"))
U(d, "\"We have paid for this victory with eleven thousand martyrs.", "told GlobalWire by phone.",
  ("Syrian Democratic Forces", C, neg, "Turkey", "multi-sentence quote closed by the speaker: 'Turkish guns are firing at our towns' = accusation + appeal to partners (rule 1)"))
U(d, "In Baghdad, the office of Prime Minister Adel Abdul-Mahdi said Iraqi intelligence", "the group's victims.",
  ("Iraq", N, pos, "", "own role claimed + congratulations to its own people = neutral, positive; Baghdad = place"))
U(d, "Kurdistan Region Prime Minister Masrour Barzani said the region's Peshmerga", "continue to do so.",
  ("Kurdistan Regional Government", S, pos, "", "information shared with the US-led coalition and to be shared = backing by act; coalition -> target empty"))
U(d, "French President Emmanuel Macron wrote on Twitter that France would stay", "despite losing its chief.",
  ("France", C, neg, "Islamic State", "social media; continued fight announced against the group = operation announced against another side (guide)"))
U(d, "British Prime Minister Boris Johnson said Baghdadi's death was welcome news", "campaign against the group.",
  ("United Kingdom", C, neg, "Islamic State", "welcome + forces staying in the campaign against the group: the announced action decides (unsure: the welcome alone would be supporting)"))
U(d, "German Foreign Minister Heiko Maas said the killing was an important success", "have been withdrawing.",
  ("Germany", S, pos, "United States", "approval of the US success + concern without an appeal: no judgement, no appeal -> rule 3 (unsure: the remark on the US withdrawal is an implicit criticism)"))
U(d, "NATO Secretary General Jens Stoltenberg said the alliance would remain fully committed", "would continue.",
  ("NATO", N, neu, "", "own commitment and training mission = plan, no target"))
U(d, "\"The organisation has been built to survive this.", "Beirut-based research centre.",
  ("Hassan Tamimi", N, neg, "", "researcher; multi-sentence quote closed by his name: risks (camps 'under Turkish fire' is narration of a risk, not a judgement)"))
U(d, "Tamimi said he expected a successor to be named within days", "still in business.",
  ("Hassan Tamimi", N, neg, "", "scenario"))
U(d, "Claire Duval, a former adviser on counter-terrorism", "recruitment in Europe.",
  ("Claire Duval", N, neg, "", "former official under her own name; assessment"))
U(d, "She argued that Turkey's offensive against the SDF had been a gift to Islamic State", "guarded its prisoners.",
  ("Claire Duval", C, neg, "Turkey", "judgement of Turkey's offensive ('a gift to Islamic State')"))
U(d, "Duval said European governments should bring home their citizens", "to hand them over.",
  ("Claire Duval", T, neu, "", "appeal to European governments for repatriation and trials = a non-military, legal course (unsure: no peace talks involved)"))
