"""Writes ../statements.csv from the hand decisions below (batch45b).

Each unit is located in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (no retyping). Every decision (actor, stance, sentiment,
target, note) was made by hand, reading the sentence in its page, per /work/shared/labelling-guide.md
and /work/main/labels/README.md. Sentences deliberately left without a row are listed as comments.
"""
import csv, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from pagetext import visible_text

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_cache = {}
ROWS = []


def U(doc, start, end, *labels):
    t = _cache.setdefault(doc, visible_text(os.path.join(ROOT, doc)))
    i = t.find(start)
    assert i >= 0, (doc, start)
    assert t.find(start, i + 1) < 0, ("start not unique", doc, start)
    j = t.find(end, i)
    assert j >= 0, (doc, end)
    s = t[i:j + len(end)]
    assert "\n" not in s, ("unit crosses a paragraph", doc, start)
    for actor, stance, sentiment, target, note in labels:
        ROWS.append([doc, s, actor, stance, sentiment, target, "page", note])


N, C, S, T = "neutral", "condemning", "supporting", "calling_for_talks"
neg, neu, pos = "negative", "neutral", "positive"
UK = "United Kingdom"
DRC = "Democratic Republic of the Congo"
GT = "Golden Top Support Services"
SIAD = "ShutItAllDown movement"
IPOA = "Independent Policing Oversight Authority"

# ---------------------------------------------------------------- 1. Somalia: Egyptian arms (wire)
d = "page_somalia_egyptianarms2024_wire.txt"
U(d, "Ethiopia's foreign minister said on Tuesday that weapons", "second large consignment of arms in Mogadishu.",
  ("Ethiopia", N, neg, "", "dateline excluded; lead: a warning that weapons 'risked ending up with militants', no judgement word and no appeal = concern (guide: neutral, negative); the judgement comes in the quote below"))
# "Port workers and two military officers said the ship carried ..." -> unnamed sources, no row; "It is the second delivery ..." -> narration, no row
U(d, "Foreign Minister Taye Atske Selassie told state media", "following the deliveries closely.",
  ("Ethiopia", N, neg, "", "minister introduced by role; 'following closely' = monitoring (guide: neutral, negative tone)"))
U(d, "\"Ammunition is being poured into a fragile country", "by the Ethiopian News Agency.",
  ("Ethiopia", C, neg, "Egypt", "multi-sentence quote closed by its speaker (surname only) = one unit; 'will carry the responsibility' = holds responsible; 'forces from outside our region' = Egypt by context (the shipment) (unsure on target: Egypt is not named)"))
U(d, "He said Ethiopia would not remain passive", "what steps it might take.",
  ("Ethiopia", C, neg, "", "veiled threat of a response = condemning (guide: threat); aimed at whoever puts the region at risk, no actor named -> target empty"))
U(d, "Somalia's Defence Minister Abdulkadir Mohamed Nur, who was photographed", "rebuilding the Somali National Army.",
  ("Somalia", S, pos, "Egypt", "defence minister speaks for the state; thanks Cairo (capital as metonym) = gratitude/approval"))
U(d, "\"Every country chooses its own partners.", "Nur told reporters at the defence ministry.",
  ("Somalia", S, pos, "Egypt", "praise of Egypt's help; the jab at 'anyone who respects our borders' is implicit, no judgement word -> supporting (unsure: could carry an implicit condemnation of Ethiopia)"))
U(d, "Ali Omar, the state minister for foreign affairs, has said", "how Somalia arms its forces.",
  ("Somalia", C, neg, "", "rebuff of foreign interference = judgement (like 'foreign capitals had no lessons to give' in batch44a); Ethiopia is meant but not named -> target empty (unsure)"))
U(d, "A Somali foreign ministry official, who asked not to be named,", "placed in army depots under guard.",
  ("Somalia", N, neg, "", "unnamed official of a named government speaks for it; denial of leakage (guide: neutral, negative)"))
U(d, "In Cairo, foreign ministry spokesman Tamim Khallaf confirmed", "fighting Islamist insurgents.",
  ("Egypt", S, pos, "Somalia", "military aid delivered and confirmed = providing equipment (guide: supporting)"))
U(d, "Egypt stands by Somalia's unity and its right to defend its territory", "Khallaf said.",
  ("Egypt", S, pos, "Somalia", "reported speech without quotation marks, attribution tail; solidarity"))
U(d, "Over the weekend Egypt's embassy in Mogadishu issued an advisory", "for their own safety.",
  ("Egypt", N, neu, "", "travel advisory = a measure for its own citizens, no judgement of an actor; Mogadishu is a place"))
U(d, "In Hargeisa, the foreign ministry of the breakaway region of Somaliland said", "lost arms to militants in the past.",
  ("Somaliland", C, neg, "Somalia", "Hargeisa = place; 'accused the federal government' = accusation"))
U(d, "\"Guns delivered to Mogadishu do not stay in Mogadishu.", "urging Somalia's partners to halt the transfers.",
  ("Somaliland", C, neg, "Somalia", "'the ministry said' = Somaliland; judgement on Mogadishu plus an appeal to partners to stop = rule 1 condemning; 'Somalia's partners' is an object, not a speaker"))
U(d, "Ethiopia signed a preliminary agreement with Somaliland on Jan. 1", "has vowed to resist.",
  ("Somalia", C, neg, "Ethiopia", "narration of the MoU (no row for Ethiopia/Somaliland: signing is background) + Mogadishu's position: 'violates its territorial integrity', vowed to resist = judgement"))
U(d, "Somalia has given Ethiopia until the end of the year", "due to start in January.",
  ("Somalia", C, neg, "Ethiopia", "ultimatum (leave unless the deal is abandoned) + exclusion from the AU mission = measure/ultimatum (guide: condemning)"))
# "Of the Ethiopian troops in Somalia, about 3,000 serve ..." -> narration, no row
U(d, "President Hassan Sheikh Mohamud told a gathering in Mogadishu", "if its territory were violated.",
  ("Somalia", C, neg, "Ethiopia", "'did not want war' + 'would defend itself if its territory were violated' = conditional threat of a response (guide: threat -> condemning); Ethiopia is the side meant in context (unsure on target and on stance: the first half is an appeal)"))
U(d, "Ethiopian Prime Minister Abiy Ahmed has repeatedly said", "some 120 million people.",
  ("Ethiopia", N, neu, "", "reassurance (no intention of invading) + restated claim to sea access = neutral (README: reassurance about own conduct)"))
U(d, "Cairo, locked for more than a decade in a dispute with Addis Ababa", "a breach of international law.",
  ("Egypt", C, neg, "Ethiopia", "Cairo and Addis Ababa as metonyms; background narration carrying Egypt's position: 'a breach of international law' aimed at the Ethiopia-Somaliland deal = judgement on Ethiopia's act"))
U(d, "Turkey, which has hosted two rounds of indirect talks", "was put off.",
  ("Turkey", T, pos, "", "mediator hopes to resume talks = appeal for talks; addressed to both sides -> target empty"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat urged", "through dialogue.",
  ("African Union", T, neu, "", "AU Commission chair = African Union; restraint + dialogue to both governments -> target empty"))
U(d, "Workneh Gebeyehu, executive secretary of the regional bloc IGAD,", "host a meeting of foreign ministers.",
  ("IGAD", T, pos, "", "'the regional bloc'; offers to host talks = calling_for_talks"))
U(d, "A U.S. State Department spokesperson said Washington was concerned", "through diplomacy.",
  ("United States", T, neg, "", "unnamed spokesperson of a named department; concern + appeal for diplomacy to three states (a list as object) -> target empty"))
U(d, "A U.N. spokesperson in New York said states delivering weapons", "lifted last December.",
  ("United Nations", N, neu, "", "reminder of Security Council reporting duties: an appeal to follow a procedure, not for a peaceful course and no judgement -> neutral (unsure: could be read as calling_for_talks)"))
U(d, "\"What we are watching is two rivals using Somalia", "at the Horn Policy Forum in Nairobi.",
  ("Farhia Osman Duale", C, neg, "", "independent analyst (invented) under her own name; 'using Somalia as a place to settle scores' = judgement on Egypt and Ethiopia together -> target empty (unsure: analysis could be neutral)"))
# "Al Shabaab, which has fought the federal government since 2006, has made no public comment ..." -> no position, no row

# ---------------------------------------------------------------- 2. Zambia: Golden Top raid (state agency)
d = "page_zambia_goldentop_cyberfraud2024_stateagency.txt"
U(d, "Minister of Home Affairs and Internal Security, Jack Mwiimbu, has said that Government will not allow", "before being deported.",
  ("Zambia", C, neg, "", "dateline excluded; house style 'Minister of ..., Name, has said'; threat of prosecution and deportation aimed at syndicates in general -> target empty"))
U(d, "Mr Mwiimbu said this in a statement issued to ZANIS", "in Lusaka's Roma area.",
  ("Zambia", N, neu, "", "attribution line + the raid by DEC/police/immigration reported as a done operation of the state's own agencies, no judgement in the sentence -> neutral (guide: own operation reported as done)"))
U(d, "The Minister said President Hakainde Hichilema had directed", "when they work together.",
  ("Zambia", C, neg, "", "'The Minister' = Mwiimbu; the President's directive to 'leave no room for criminals' = threat against criminals (no named actor) + self-praise; rule 1 -> condemning, target empty"))
U(d, "He commended the officers who carried out the operation", "that preceded it.",
  ("Zambia", N, pos, "", "praise of the state's own officers = self-praise (README: neutral, positive tone)"))
U(d, "Meanwhile, DEC Director General, Nason Banda, disclosed", "while the rest were Zambians.",
  ("Zambia", N, neu, "", "DEC (state agency) = Zambia; arrest figures"))
U(d, "Mr Banda explained that officers had recovered", "linked to the company.",
  ("Zambia", N, neu, "", "seizure figures"))
U(d, "The Director General charged that the company had hired school leavers", "large sums of money.",
  ("Zambia", C, neg, GT, "'charged that the company had hired ... cheating strangers' = accusation; the company is the target (declared in new_actors.csv as a company)"))
U(d, "He said the Commission had established that the syndicate's targets", "several African countries.",
  ("Zambia", N, neu, "", "facts of the investigation; the countries listed are objects, not speakers"))
U(d, "Mr Banda said the Zambian suspects had since been charged", "pending further inquiries.",
  ("Zambia", N, neu, "", "procedure (charges, bail, custody) stated without evaluation"))
U(d, "And Minister of Youth, Sport and Arts, Elvis Nkandu, has described as unacceptable", "instruments of fraud.",
  ("Zambia", C, neg, GT, "'unacceptable' aimed at the syndicate's exploitation = judgement; the syndicate is the company's operation (unsure on target: 'the syndicate' could be read as unnamed persons)"))
U(d, "Mr Nkandu appealed to parents, guardians and young people", "confiscates phones.",
  ("Zambia", N, neu, "", "safety advice to the public: an appeal, but not for a peaceful course and no judgement -> neutral"))
U(d, "\"Our young people are not raw material for crooks.", "Mr Nkandu said.",
  ("Zambia", C, neg, "", "multi-sentence quote; 'crooks' = judgement on the fraudsters in general + promotion of own programmes; rule 1 -> condemning, no named actor -> target empty"))
U(d, "And Minister of Technology and Science, Felix Mutati, said", "taken to Cabinet.",
  ("Zambia", N, neu, "", "plans (SIM audit, amendments)"))
U(d, "Mr Mutati said ZICTA had already deactivated", "during the operation.",
  ("Zambia", N, neu, "", "ZICTA (regulator) = Zambia; a measure reported as done on seized SIM cards, no judgement"))
U(d, "Meanwhile, the Department of Immigration has said", "disposed of their cases.",
  ("Zambia", N, neu, "", "'the Department ... has said'; removal of irregular migrants after trial as procedure, no judgement (unsure: announced removals could be read as a measure -> condemning)"))
U(d, "And the Embassy of the People's Republic of China in Zambia has stated", "in accordance with the law.",
  ("China", S, pos, "Zambia", "embassy speaks for its state; 'supports the Zambian authorities' = backing; opposing fraud 'in all its forms' is aimed at no actor"))
U(d, "The Embassy said it had reminded Chinese citizens", "people in both countries.",
  ("China", S, pos, "Zambia", "offer to strengthen law-enforcement cooperation = backing by offer; the reminder to its citizens is advice"))
U(d, "It further requested that the lawful rights of the Chinese nationals", "while investigations proceed.",
  ("China", N, neu, "Zambia", "'It' = the Embassy; consular request about its detained nationals: an appeal, not for a peaceful course, no judgement -> neutral (unsure: could be read as calling_for_talks)"))
U(d, "And the Council of Churches in Zambia (CCZ) has commended", "for families and for employers.",
  ("Council of Churches in Zambia", S, pos, "Zambia", "'commended the security wings' = praise of the state's act"))
U(d, "The CCZ has, however, cautioned members of the public", "due process of the courts.",
  ("Council of Churches in Zambia", T, neu, "", "appeal for calm and against hostility, no judgement -> calling_for_talks; addressed to the public -> target empty"))
U(d, "Meanwhile, Mr Mwiimbu warned that anybody who harbours", "prosecuted accordingly.",
  ("Zambia", C, neg, "", "threat of prosecution to accomplices (no named actor) -> condemning, target empty"))
U(d, "He said the Ministry was aware of other premises", "only the beginning.",
  ("Zambia", C, neg, "", "announced further operations = threat (guide) against unnamed operators -> target empty"))
# "Golden Top Support Services could not be reached for comment." -> no position, no row

# ---------------------------------------------------------------- 3. Mozambique: Chiure displacement (noon briefing)
d = "page_mozambique_chiure_displacement2024_noonbriefing.txt"
# "Good afternoon. I will start with ..." -> greeting, no row
U(d, "Our humanitarian colleagues tell us they are alarmed", "over the past three weeks.",
  ("United Nations", N, neg, "", "spokesperson = United Nations; alarm without appeal (guide: neutral, negative)"))
U(d, "According to the International Organization for Migration (IOM), more than 60,000", "six in ten of them are children.",
  ("International Organization for Migration", N, neu, "", "IOM figures reported by the spokesperson = IOM's statement (X reported by Y)"))
U(d, "Many have walked to Chiúre town or crossed the Lúrio river", "more than 33,000 people have arrived.",
  ("Mozambique", N, neu, "", "the national disaster institute (INGD) = a state body -> Mozambique; arrival figure"))
U(d, "Our colleagues report that whole villages have been torched", "had only recently come back.",
  ("United Nations", N, neg, "", "UN account of destruction; perpetrators unnamed and no judgement word -> neutral, negative tone"))
U(d, "The Mozambican authorities are leading the response and have asked", "people arriving in Eráti.",
  ("Mozambique", T, neu, "", "asking for humanitarian help = calling_for_talks (README: asking for aid is not supporting)"))
U(d, "The Resident Coordinator in Mozambique strongly condemns", "on which they depend.",
  ("United Nations", C, neg, "", "UN official unnamed (role only); explicit 'condemns' + appeal -> rule 1; attackers unnamed -> target empty"))
U(d, "Together with the authorities, the World Food Programme (WFP) has started", "transit sites in Chiúre town.",
  ("World Food Programme", S, pos, "", "aid delivered (guide: supporting); beneficiaries are the displaced -> target empty"))
U(d, "The UN Children's Fund (UNICEF) is trucking water", "psychosocial support.",
  ("UNICEF", S, pos, "", "aid delivered"))
U(d, "The UN Refugee Agency (UNHCR) says its protection monitors", "lost everything.",
  ("UNHCR", T, neg, "Mozambique", "report of screening at checkpoints + request that it respect rights and dignity = protection appeal without judgement -> calling_for_talks, addressed to the security forces (Mozambique)"))
U(d, "IOM warns that its stocks of shelter kits", "if no new funding comes in.",
  ("International Organization for Migration", N, neg, "", "warning about own stocks, no explicit appeal -> neutral, negative"))
U(d, "The humanitarian plan for Mozambique for this year has received only", "even worse.",
  ("United Nations", T, neg, "", "'we urge donors to step up their support' = asking for humanitarian help (README: calling_for_talks)"))
U(d, "Stéphane, on Mozambique, the defence minister said last week", "had the situation under control.",
  ("Mozambique", N, neu, "", "journalist's question reporting another actor's position = that actor's statement (README, 27th session); defence minister speaks for the state; assessment 'under control' = reassurance, neutral"))
# "Does the UN share that assessment?" -> the question itself, no row
U(d, "I'm not going to get into military assessments from here.", "from here.",
  ("United Nations", N, neu, "", "declines to comment = neutral"))
U(d, "What I can tell you is what our colleagues see on the ground", "in a matter of hours.",
  ("United Nations", N, neg, "", "account of displacement, implicit doubt about the minister's claim but no judgement word -> neutral, negative"))
U(d, "The SADC mission, SAMIM, is due to pull out by July", "Rwandan troops are also there.",
  ("SADC", N, neu, "", "question reports SADC's decision to withdraw SAMIM (README: a position reported in a question); withdrawal with no protest stated = neutral; 'Rwandan troops are also there' is narration, no row for Rwanda"))
# "Are you worried about a security vacuum?" -> question, no row
U(d, "Obviously, any transition needs to be managed in a way that keeps civilians safe.", "keeps civilians safe.",
  ("United Nations", T, neu, "", "protection of civilians appeal, no judgement"))
U(d, "We would encourage the Government and its partners, including SADC and Rwanda,", "whatever arrangements come next.",
  ("United Nations", T, neu, "", "appeal for protection of civilians addressed to several actors (a list as objects) -> target empty"))
U(d, "Islamic State has claimed several of these attacks", "through its propaganda channels.",
  ("Islamic State", N, neu, "", "claim of its own attacks reported in a question; claiming one's own attacks without judgement = neutral (guide: own strike reported as done), plain factual tone (unsure on sentiment: the acts are attacks on villages)"))
# "Any reaction?" / "We have seen the claims." -> question and acknowledgement, no row
U(d, "We condemn all attacks on civilians, whoever carries them out,", "must be held accountable.",
  ("United Nations", C, neg, "", "explicit 'condemn'; 'whoever carries them out' -> target empty (the IS claim is not endorsed)"))
U(d, "Doctors Without Borders has said its teams in Chiúre are overwhelmed", "sleeping in the open.",
  ("Médecins Sans Frontières", N, neg, "", "Doctors Without Borders = MSF (alias); account of needs, no appeal in the sentence -> neutral, negative"))
# "Are you able to reach the people who stayed behind in the villages?" -> question, no row
U(d, "Access in parts of Chiúre district remains difficult", "because of insecurity.",
  ("United Nations", N, neg, "", "fact about access"))
U(d, "We are working with the local authorities to reach those areas,", "humanitarian access.",
  ("United Nations", T, neu, "", "humanitarian access appeal (guide: calling_for_talks); 'everyone with influence' -> target empty"))
# "Has the Secretary-General spoken to President Nyusi about this?" / "Not that I'm aware of in recent days." -> no row
U(d, "The Secretary-General is following events closely and stands in solidarity", "for far too long.",
  ("United Nations", S, pos, "Mozambique", "solidarity with the people of Mozambique = supporting; the people stand for the state as target (unsure: could be left empty)"))
U(d, "The Resident Coordinator plans to travel to Chiúre later this week", "after the visit.",
  ("United Nations", N, neu, "", "plan"))
# closing lines ("Thank you. Monica, all yours.") -> no row

# ---------------------------------------------------------------- 4. Rwanda: UK asylum partnership (MFA, full HTML)
d = "page_rwanda_uk_asylumtreaty2023_mfa.html"
U(d, "The Minister of Foreign Affairs and International Cooperation, Dr Vincent Biruta, and the Home Secretary", "an Asylum Partnership between the two countries.",
  ("Rwanda", S, pos, UK, "place-date line 'Kigali, 5 December 2023 –' excluded; signing a treaty = a specific act reported as done: agreement/backing of the partner"),
  (UK, S, pos, "Rwanda", "Home Secretary signs for the UK; same act, one row per actor"))
# "Mr Cleverly, on his first visit ... laid a wreath ..." -> protocol narration, no row
U(d, "Dr Biruta explained that what had been promised", "a bench of mixed nationality.",
  ("Rwanda", N, neu, "", "explanation of the treaty's provisions"))
U(d, "\"Rwanda did not enter this partnership to score points", "Dr Biruta said.",
  ("Rwanda", C, neg, "", "multi-sentence quote closed by its speaker; last sentence dismisses critics who 'never taken the trouble to come and see' = judgement; critics unnamed -> target empty (unsure: most of the quote is self-description)"))
U(d, "The Minister added that the partnership should go hand in hand", "if they had work and security.",
  ("Rwanda", N, neu, "", "policy view on root causes (investment in countries of origin), not an appeal for a peaceful course, no judgement -> neutral (unsure)"))
U(d, "Responding to a question on the position of UNHCR, Dr Biruta said", "through court submissions.",
  ("Rwanda", T, pos, "UNHCR", "offer of dialogue ('door remained open', talk rather than argue in court) = calling_for_talks addressed to UNHCR"))
U(d, "Mr Cleverly praised Rwanda as a dependable partner.", "dependable partner.",
  (UK, S, pos, "Rwanda", "surname only after the role; praise"))
U(d, "\"Rwanda has shown at every stage that it takes its responsibilities seriously.", "he said.",
  (UK, S, pos, "Rwanda", "multi-sentence quote closed by 'he said' (= Cleverly); praise and gratitude"))
U(d, "The Home Secretary told journalists that his Government would introduce legislation", "safe country for relocated people.",
  (UK, S, pos, "Rwanda", "announced law to declare Rwanda safe = backing of Rwanda by act (unsure: could be read as a neutral plan)"))
U(d, "Dr Biruta said the treaty would be submitted to Parliament", "Rwanda's procedures.",
  ("Rwanda", N, neu, "", "procedure"))
U(d, "The two Ministers also discussed regional security, and Dr Biruta briefed", "Genocide against the Tutsi.",
  ("Rwanda", C, neg, DRC, "the discussion is narration; Rwanda's repeated warning that the Congolese army fights alongside the FDLR = accusation against DR Congo"))
# "President Paul Kagame today held a telephone conversation ..." -> a call listed in narration (README), no row
U(d, "The two leaders said they had hoped for a different outcome.", "a different outcome.",
  ("Rwanda", N, neg, "", "disappointment at a court outcome ('had hoped for a different outcome'), no judgement of an actor -> neutral, negative; one row per leader's state"),
  (UK, N, neg, "", "same sentence, the UK's row"))
U(d, "They instructed their teams to work out quickly", "the partnership can go ahead.",
  ("Rwanda", S, pos, UK, "'They' = Kagame and Sunak; joint instruction to keep the partnership going = backing of the partner by act"),
  (UK, S, pos, "Rwanda", "same, the UK's row"))
U(d, "Prime Minister Sunak expressed his appreciation", "litigation in British courts.",
  (UK, S, pos, "Rwanda", "appreciation/gratitude = approval"))
U(d, "President Kagame said Rwanda's commitment to protecting people", "welcome them with dignity.",
  ("Rwanda", N, pos, "", "reassurance about its own conduct (README: neutral, positive tone)"))
U(d, "The Government of Rwanda has taken note of today's judgment", "between our two countries.",
  ("Rwanda", N, neu, "", "acknowledgement"))
U(d, "Rwanda does not comment on the workings of another country's courts", "of a partner country.",
  ("Rwanda", N, neu, "", "deference to the UK judiciary, no evaluation"))
U(d, "We do not, however, accept the conclusion that people relocated to Rwanda", "where they face persecution.",
  ("Rwanda", N, neg, "", "rejects a finding about itself = denial (guide: neutral, negative), not a judgement of the court (unsure: could be condemning the United Kingdom's court)"))
U(d, "Rwanda has never returned a refugee to danger", "and the African Union.",
  ("Rwanda", N, pos, "", "self-praise/record (README: neutral, positive); UNHCR and the AU are partners named as objects"))
U(d, "The arguments advanced by UNHCR in these proceedings sit poorly", "a model of inclusion.",
  ("Rwanda", C, neg, "UNHCR", "'sit poorly with the agency's own record' = judgement of inconsistency aimed at UNHCR"))
U(d, "Rwanda remains committed to the partnership and stands ready", "relocated under it.",
  ("Rwanda", S, pos, UK, "commitment to the partnership with the UK = backing"))
U(d, "Should the British Government propose changes to the arrangement,", "in good faith.",
  ("Rwanda", T, pos, UK, "conditional offer to negotiate (README: offering talks, even conditional ones)"))

# ---------------------------------------------------------------- 5. Namibia: #ShutItAllDown (live blog, full HTML)
d = "page_namibia_shutitalldown_protest2020_liveblog.html"
# "We are closing this blog for the night." -> blog furniture, no row
U(d, "Police said the group arrested in Windhoek would be charged", "appear in court on Monday.",
  ("Namibia", C, neu, SIAD, "police = Namibia; charges against the protesters = a measure against them (like charges in batch42a); procedural tone"))
U(d, "Organisers say the march will continue on Monday at Zoo Park,", "still stands.",
  (SIAD, N, neu, "", "organisers = the movement; plan + restated petition (a policy demand to the President, not for talks, no judgement) -> neutral"))
U(d, "The United Nations in Namibia has posted a statement saying", "right to peaceful assembly.",
  ("United Nations", T, neg, "Namibia", "'exercise restraint' + protect peaceful assembly, no judgement word -> calling_for_talks addressed to the police (Namibia)"))
U(d, "The UN system would keep supporting government and civil society efforts", "the statement added.",
  ("United Nations", S, pos, "", "continued support; two beneficiaries (government, civil society) -> target empty"))
U(d, "In a joint post, the embassies of Germany, Finland and the United States said", "keep the protests peaceful.",
  ("Germany", T, pos, "", "joint statement: one row per listed state; solidarity with the demand + appeal for peaceful protest, no judgement -> rule 2 before rule 3 (README: welcome with a peace appeal)"),
  ("Finland", T, pos, "", "same joint post, Finland's row"),
  ("United States", T, pos, "", "same joint post, United States' row"))
U(d, "State House says in a short statement that President Hage Geingob has been briefed", "killing of women and girls.",
  ("Namibia", N, neg, "", "State House = Namibia; shared anger at the crimes, no actor judged, no appeal -> neutral, negative"))
U(d, "It urges the protesters to keep their actions within the law", "does not mention the arrests.",
  ("Namibia", T, neu, SIAD, "'It' = State House; appeal for lawful conduct + invitation to dialogue = calling_for_talks addressed to the organisers; 'does not mention the arrests' is the blog's comment"))
U(d, "McHenry Venaani, leader of the opposition Popular Democratic Movement, says the government sent riot police", "mourning their friends.",
  ("Popular Democratic Movement", C, neg, "Namibia", "party leader; accusation that riot police were sent against mourners"))
U(d, "\"This is a government that finds teargas faster than it finds rapists.", "Venaani said.",
  ("Popular Democratic Movement", C, neg, "Namibia", "surname only; 'should be ashamed' = judgement"))
U(d, "The Namibia National Students Organisation said its members had marched", "who gave the order.",
  ("Namibia National Students Organisation", C, neg, "Namibia", "'the only violence they saw ... came from the police' = accusation + demand for an explanation -> rule 1"))
# "The protests are being watched well beyond Namibia. South African politician Mmusi Maimane has tweeted:" -> narration + embed lead-in, no row
U(d, "President Geingob, the women of Namibia are not asking for favours,", "asking to stay alive.",
  ("Mmusi Maimane", S, pos, SIAD, "embedded tweet, first sentence: backing of the protesters' cause, addressed to Geingob (unsure: could be neutral rhetoric)"))
U(d, "Answer them with action, not with rubber bullets.", "not with rubber bullets.",
  ("Mmusi Maimane", C, neg, "Namibia", "'not with rubber bullets' = implicit rebuke of the police response, with a demand; read as condemning (unsure: README would make a bare demand calling_for_talks)"))
U(d, "Deputy Inspector-General Oscar Embumbulu says in a statement that the marchers", "refused to leave when told to.",
  ("Namibia", C, neg, SIAD, "police officer introduced by role; accusation (no permission, disrupted shoppers, refused to leave)"))
U(d, "\"Nobody in the police is against the fight on gender-based violence.", "Embumbulu said.",
  ("Namibia", C, neg, SIAD, "multi-sentence quote; 'a crowd taking over a shopping centre and pushing officers aside' = judgement + arrest threat"))
U(d, "He warned that officers would not hesitate to arrest", "in the coming days.",
  ("Namibia", C, neg, SIAD, "threat of arrests at further marches"))
U(d, "The Editors' Forum of Namibia has demanded the immediate release", "not a threat to public order.",
  ("Editors' Forum of Namibia", T, neg, "Namibia", "demand for release without a judgement word (README: demand to one side -> calling_for_talks, negative) (unsure: 'not a threat to public order' implies the arrests were wrong)"))
U(d, "Arresting the people who record what happens", "check your version later.",
  ("Editors' Forum of Namibia", C, neg, "Namibia", "embedded tweet: accuses the police of arresting reporters to control the account = judgement"))
U(d, "Release our colleagues now.", "Release our colleagues now.",
  ("Editors' Forum of Namibia", T, neg, "Namibia", "bare demand addressed to one side (README: calling_for_talks, negative)"))
U(d, "The Legal Assistance Centre, a Windhoek-based human rights law firm, has condemned", "mostly young women.",
  ("Legal Assistance Centre", C, neg, "Namibia", "explicit 'condemned'"))
U(d, "The centre said the force used was out of all proportion", "everyone detained.",
  ("Legal Assistance Centre", C, neg, "Namibia", "'out of all proportion' = judgement; the offer of legal help does not outweigh it (rule 1)"))
# "Our reporter counts at least 20 people being put into police vans ..." -> reporter's narration, no row
U(d, "Organisers of the movement said on Twitter that their members had been", "peaceful from the start.",
  (SIAD, N, neg, "", "account + denial of disorder ('insisted the march had been peaceful'), 'picked off one by one' is descriptive -> neutral, negative (unsure: could be condemning Namibia)"))
# 12.40 entry: "Members of the police Special Reserve Force have fired teargas ..." and "People are running ..." -> narration of the scene, no row
# 11.15 entry: crowd and background (Wasserfall remains, other towns) -> narration, no row
# "Good morning and welcome ..." -> furniture, no row
U(d, "On Friday protesters marched to the gender ministry and demanded the resignation", "no intention of stepping down.",
  (SIAD, C, neg, "Namibia", "demand that a minister resign = judgement on the minister (= Namibia)"),
  ("Namibia", N, neg, "", "'the ministry said' = Namibia; refusal to step down, no judgement of the protesters -> neutral, negative"))

# ---------------------------------------------------------------- 6. Kenya: Kianjokoma brothers (daily scrape)
d = "page_kenya_kianjokoma_brothers2021_dailyscrape.txt"
# first three body paragraphs (burial, last seen, bodies traced + post-mortem report) -> narration, no row
U(d, "Police in Embu have stuck to their account", "with fatal injuries.",
  ("Kenya", N, neg, "", "police = Kenya; their account denies any wrongdoing (guide: denial -> neutral, negative)"))
U(d, "On Thursday, President Uhuru Kenyatta ordered", "before a court.",
  ("Kenya", C, neg, "", "head of state orders an inquiry and that whoever is responsible be brought before a court = threat against unidentified perpetrators (batch44a: condemning, empty target) (unsure: an ordered inquiry could be neutral)"))
U(d, "Matiang'i, who visited the family last week, said this week", "killed while in custody.",
  ("Kenya", C, neg, "", "surname only after the role in the previous paragraph; 'no officer would be shielded' = conditional threat against officers, who are the state's own -> target empty (unsure)"))
U(d, "National Police Service spokesperson Bruno Shioso said", "not to prejudge the outcome.",
  ("Kenya", N, neu, "", "cooperation with investigators + request not to prejudge: procedure, no judgement"))
U(d, "The Independent Policing Oversight Authority (IPOA), which opened investigations", "Director of Public Prosecutions.",
  (IPOA, N, neu, "", "investigation steps and plan"))
U(d, "IPOA chairperson Anne Makori said the authority would not be rushed", "at every stage.",
  (IPOA, N, neu, "", "procedural reassurance"))
U(d, "The Directorate of Criminal Investigations (DCI) said in a statement", "criminal side of the case.",
  ("Kenya", N, neu, "", "DCI = Kenya; procedure"))
U(d, "At the burial, National Assembly Speaker Justin Muturi said someone", "what there had been to hide.",
  ("Kenya", C, neg, "", "the Speaker of the National Assembly speaks for the state (the guide resolves a parliament to its state; batch44a did so for a committee chair); insinuation of a cover-up ('what there had been to hide') by the police = the state's own organ -> target empty (unsure: he could be his own actor as a politician at a funeral)"))
U(d, "\"We cannot have a police service that arrests children", "Muturi said.",
  ("Kenya", C, neg, "", "surname only; judgement on the police; target empty as above"))
U(d, "Mathira MP Rigathi Gachagua said the names of the officers", "an insult to the family.",
  ("Rigathi Gachagua", C, neg, "Kenya", "MP (not an office holder who speaks for the state in 2021; in actors.csv as a person); 'an insult to the family' = judgement on the Government"))
U(d, "He also took aim at the curfew itself,", "young people in the villages.",
  ("Rigathi Gachagua", C, neg, "Kenya", "'He' = Gachagua; accusation of harassment and extortion by officers"))
U(d, "Gatundu South MP Moses Kuria said the family should not be made to wait", "before the end of the month.",
  ("Moses Kuria", T, neg, "Kenya", "demand for accountability with a deadline, no judgement word (batch44a: demands for accountability -> calling_for_talks, negative) (unsure)"))
U(d, "Law Society of Kenya president Nelson Havi said the society would act", "dragged its feet.",
  ("Law Society of Kenya", C, neg, "Kenya", "LSK president speaks for the society; threat of a private prosecution if the State stalls = threatened response; acting for the family is secondary (rule 1)"))
U(d, "The brothers' father, John Ndwiga, said he had gone", "was told nothing.",
  ("John Ndwiga", N, neg, "", "named relative = person under his own name; his account, no judgement word"))
U(d, "\"They were hardworking boys who started a business", "Ndwiga said.",
  ("John Ndwiga", C, neg, "Kenya", "'The police took them alive' + 'the people who killed them' = accusation against the police (Kenya)"))
# "Their mother, Catherine Wanjira, collapsed ..." -> narration, no row
U(d, "The Kabarak University Students' Association said Njiru had been a promising student", "memory of the two brothers.",
  ("Kabarak University Students' Association", N, neg, "", "mourning and a call to wear black: no judgement and no appeal for a peaceful course -> neutral, negative tone"))
# "Rights groups said the deaths fitted a wider pattern." -> unnamed speakers, summary line, no row
U(d, "Amnesty International Kenya executive director Irungu Houghton said at least a dozen people", "had reached court.",
  ("Amnesty International", C, neg, "Kenya", "Irungu Houghton is an alias of Amnesty International; pattern of deaths at officers' hands + impunity = accusation"))
U(d, "\"A curfew does not suspend the Constitution.", "Houghton said.",
  ("Amnesty International", C, neg, "Kenya", "multi-sentence quote; 'treat it as a licence to beat people' = judgement + call to prosecute"))
U(d, "The Missing Voices coalition, which documents police killings, said", "investigations are complete.",
  ("Missing Voices", C, neg, "Kenya", "'promises of police reform had not reached the villages' = judgement on the state + call to suspend officers -> rule 1"))
U(d, "The Kenya National Commission on Human Rights urged Kianjokoma residents", "protesting over the deaths.",
  ("Kenya National Commission on Human Rights", T, neu, "", "calm + restraint appeal to residents and police (two sides) -> target empty"))
# "Residents torched a police vehicle ..." -> narration, no row
U(d, "The Embu County police commander declined to comment on Friday,", "Directorate of Criminal Investigations.",
  ("Kenya", N, neu, "", "declines to comment"))


def main():
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    print(len(ROWS), "rows ->", out)


if __name__ == "__main__":
    main()
