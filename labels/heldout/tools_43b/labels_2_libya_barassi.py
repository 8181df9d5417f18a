# ------------------------------------------------------------------ killing of the lawyer Hanan al-Barassi in Benghazi (scraped regional daily, 2020-11-12)
d = "page_libya_barassi_killing_2020_regionaldaily.txt"
# Not statements: masthead, date line, menu, section, headline, standfirst, byline, time stamps, share bar, [Photo n/3] captions
# with credits, ADVERTISEMENT, RELATED, tags, newsletter prompt, most read, comments count, copyright.
# "BENGHAZI/TUNIS – Hanan al-Barassi ... was shot dead ..." = narration of the killing, no named source, no row.
# "She was 46. Her killing came as 75 Libyan delegates ..." = background, no row.
U(d, "The day before her death, al-Barassi had posted a live video", "publish more evidence soon.",
  ("Hanan al-Barassi", C, neg, "", "her own accusation of corruption against people close to Haftar's family (independent person; target left empty: 'people close to the family', not the LNA as such)"))
U(d, "The UN Support Mission in Libya (UNSMIL) said on Wednesday it was appalled", "without delay.",
  ("United Nations", C, neg, "", "'appalled by the murder' of a rights defender + call to prosecute: the judgement of the crime decides; culprits unidentified -> target empty"))
U(d, "The mission added that it had taken note", "follow its progress closely.",
  ("United Nations", N, neu, "", "procedure: takes note of an inquiry, will follow it"))
U(d, "The mission's acting head, Stephanie Williams, told the forum", "road map to elections.",
  ("United Nations", T, neg, "", "appeal to the delegates to finish the road map, no judgement"))
U(d, "The European Union's delegation to Libya said it was outraged", "credible and independent inquiry.",
  ("European Union", C, neg, "", "'outraged' + 'deliberate, targeted murder' = judgement, with an appeal (rule 1)"))
U(d, "The US Embassy, which has operated from Tunis since 2014, said it was horrified", "put those responsible on trial.",
  ("United States", T, neg, "", "alarm ('horrified') without a judgement of an actor + appeal for an investigation and trial = calling_for_talks (unsure: 'horrified' could be read as a judgement)"))
U(d, "Ambassador Richard Norland wrote on Twitter that whoever ordered the killing", "would not succeed.",
  ("United States", C, neg, "", "accuses the unnamed instigators of intimidating women; social media"))
U(d, "In Tripoli, the Government of National Accord's interior minister, Fathi Bashagha, blamed", "outside the reach of the law.",
  ("Government of National Accord", C, neg, "Libyan National Army", "blames 'the militias that rule Benghazi' = Haftar's forces"))
U(d, "The GNA's Presidential Council offered its condolences", "assist any serious investigation.",
  ("Government of National Accord", N, pos, "", "condolences to the family + offer to help an inquiry = cooperation, neutral (unsure)"))
U(d, "In Benghazi, the general command of Haftar's forces condemned the killing", "track down the perpetrators.",
  ("Libyan National Army", C, neg, "", "condemnation of the killing (culprits unnamed) + pursuit ordered"))
U(d, "Al-Mismari dismissed what he called attempts by Tripoli", "always supported the armed forces.",
  ("Libyan National Army", C, neg, "Government of National Accord", "denial of blame carried by a charge against 'Tripoli' (GNA) of exploiting the crime = judgement"))
U(d, "Aguila Saleh, the speaker of the eastern-based House of Representatives, called the shooting", "follow the investigation.",
  ("Libyan House of Representatives", C, neg, "", "'a crime against every Libyan' = judgement of the killing"))
# "European capitals followed." = summary line, no row.
U(d, "Germany's foreign ministry said the murder was an attack", "an agreement on elections.",
  ("Germany", C, neg, "", "judgement ('an attack on everyone ...') + appeal: rule 1"))
U(d, "Italy's foreign ministry said it was following the case with concern.", "with concern.",
  ("Italy", N, neg, "", "concern without an appeal = neutral"))
U(d, "France called for the perpetrators to be identified and brought before a court.", "before a court.",
  ("France", T, neu, "", "call for justice with no judgement word"))
U(d, "The Netherlands embassy said the killing of a lawyer for speaking her mind was unacceptable.", "was unacceptable.",
  ("Netherlands", C, neg, "", "'unacceptable' = judgement"))
U(d, "The British embassy said the United Kingdom stood with al-Barassi's family", "Libyan women's organisations.",
  ("United Kingdom", S, pos, "", "solidarity + continued support to women's groups (no canonical target)"))
U(d, "Turkey, the GNA's main military backer, said in a foreign ministry statement", "held by Haftar's forces.",
  ("Turkey", C, neg, "Libyan National Army", "judgement of lawlessness in LNA-held areas"))
U(d, "Arab League Assistant Secretary General Hossam Zaki told reporters in Cairo", "mood of the Tunis talks.",
  ("Arab League", T, pos, "", "hope that the talks are not disturbed = calling_for_talks"))
U(d, "Tunisia's foreign ministry, whose country is hosting the forum", "carry on with their work.",
  ("Tunisia", T, pos, "", "host's condolences + trust that talks continue = hope for talks"))
U(d, "UN Women's office for the Arab States said the killing showed", "real protection.",
  ("UN Women", T, neg, "", "alarm + appeal to protect women activists, no explicit judgement of an actor"))
# "Rights groups were blunter." = summary line, no row.
U(d, "Human Rights Watch said the eastern authorities had a long record", "without international scrutiny.",
  ("Human Rights Watch", C, neg, "", "judgement of the eastern authorities' record ('eastern authorities' not a canonical actor -> target empty)"))
U(d, "Amnesty International said al-Barassi had told its researchers", "of ignoring them.",
  ("Amnesty International", C, neg, "", "accuses the eastern authorities of ignoring threats"))
# "In Benghazi, lawyers stopped work for the day." = unnamed group, narration, no row.
U(d, "Najwa Bukhatwa, a lawyer who had worked with al-Barassi", "dared to file a complaint.",
  ("Najwa Bukhatwa", C, neg, "", "invented colleague (person); judgement of the killers' aim, culprits unnamed"))
U(d, "\"We will go on filing them,\" Bukhatwa said.", "Bukhatwa said.",
  ("Najwa Bukhatwa", N, pos, "", "own resolve, no position on another actor"))
# "The Tunis forum is due to conclude on Sunday." = narration, no row.
