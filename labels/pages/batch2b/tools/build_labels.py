"""Writes ../statements.csv from the hand decisions below.

Each unit is located in its page's visible text by its exact opening and closing words, so the
`sentence` cell is the page's own text (nothing retyped). Decisions (actor, stance, sentiment,
target, note) are made by hand, per /work/shared/labelling-guide.md and labels/README.md.
"""
import csv, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))  # the pages' own pagetext.py
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

# ---------------------------------------------------------------- GERD at the Security Council (HTML)
d = "page_gerd_unsc_webpage.html"
U(d, "Egypt and Sudan pressed the UN Security Council on Thursday", "continue as planned.",
  ("Egypt", T, neu, "Ethiopia", "dateline 'NEW YORK –' not part of the unit; asking the council to set a deadline for a negotiated deal = appeal for an agreement, no judgement word"),
  ("Sudan", T, neu, "Ethiopia", "same appeal, joint subject"),
  ("Ethiopia", N, neu, "", "preference for the AU format + own plan (filling continues), no judgement"))
U(d, "Foreign Minister Sameh Shoukry told the 15-member council", "the downstream states”.",
  ("Egypt", C, neg, "Ethiopia", "'unilateral', 'systematic disregard' = judgement; no state word next to the minister (Egypt by context)"))
U(d, "“Egypt has negotiated in good faith for ten years.", "Shoukry said.",
  ("Egypt", C, neg, "Ethiopia", "multi-sentence quotation closed by its speaker = one unit; 'one party' = Ethiopia; implied threat to peace"))
U(d, "He urged members to adopt the draft resolution", "operation of the dam.",
  ("Egypt", T, neu, "", "'He' = Shoukry; resolution asking for a binding agreement within six months = appeal for a negotiated deal"))
U(d, "Egypt’s foreign ministry spokesman, Ahmed Hafez,", "filling had started.",
  ("Egypt", C, neg, "Ethiopia", "formal letter of protest = diplomatic protest against Ethiopia's act"))
U(d, "Sudan’s foreign minister, Mariam al-Sadiq al-Mahdi,", "2015 Declaration of Principles”.",
  ("Sudan", C, neg, "Ethiopia", "'a clear breach' = judgement"))
U(d, "Khartoum was ready to return to talks", "she added.",
  ("Sudan", T, neu, "", "conditional offer of talks (labels README: conditional offers are calling_for_talks); 'she' = al-Mahdi, attribution tail"))
U(d, "Ethiopia’s minister of water, irrigation and energy, Seleshi Bekele,", "outside its mandate.",
  ("Ethiopia", N, neu, "", "objection to the council as a format on procedural grounds (mandate), no grievance against another actor -> neutral"))
U(d, "He accused Egypt and Sudan of walking out", "monopoly on the river.",
  ("Ethiopia", C, neg, "", "accusation against two states -> target empty (several actors)"))
U(d, "“The filling follows the rainy season", "Seleshi told reporters after the session.",
  ("Ethiopia", N, pos, "", "reassurance about own conduct + fact -> neutral (labels README)"))
U(d, "In Addis Ababa, foreign ministry spokesman Dina Mufti", "as before.",
  ("Ethiopia", N, neg, "", "denial; 'foreign ministry' with no state word resolved by the place"))
U(d, "The Secretary-General’s special envoy for the Horn of Africa", "raise tensions.",
  ("United Nations", T, neu, "", "SG's special envoy; appeal for flexibility and restraint to all three"))
U(d, "The representative of the Democratic Republic of the Congo, speaking on behalf of", "end of the rainy season.",
  ("African Union", T, neu, "", "unnamed envoy speaking for the AU chair in the AU's name -> African Union (not DRC); convening talks"))
U(d, "US ambassador Linda Thomas-Greenfield said Washington supported", "in good faith.",
  ("United States", T, neu, "", "backing of the AU process + appeal to negotiate: rule 2 before rule 3"))
U(d, "Kenya’s ambassador, Martin Kimani,", "personal engagement.",
  ("Kenya", S, pos, "African Union", "backing + praise, no appeal; Tshisekedi praised as AU chair"))
U(d, "Russia’s ambassador, Vassily Nebenzia,", "options in the region.",
  ("Russia", N, neg, "", "concern without appeal -> neutral"))
U(d, "China’s ambassador, Zhang Jun,", "rivers that cross borders.",
  ("China", T, pos, "", "hope for a settlement through dialogue + offer of help"))
U(d, "Nicolas de Rivière, France’s ambassador and president of the council for July,", "a deal itself.",
  ("United Nations", N, neu, "", "speaks as council president about the council's role = United Nations (UN Security Council), not France; procedure"))
U(d, "Tunisia, the only Arab member of the council,", "not to take sides”.",
  ("Tunisia", T, neu, "", "tabling a draft that asks for a negotiated deal + 'back to the table'; unnamed diplomat of a named state"))
U(d, "Arab League Secretary-General Ahmed Aboul Gheit", "collapse of the negotiations.",
  ("Arab League", C, neg, "Ethiopia", "support for Egypt and Sudan + holds Ethiopia responsible: rule 1 gives condemning (one row per actor)"))
U(d, "President Abdel Fattah al-Sisi, speaking at the opening", "“not without limit”.",
  ("Egypt", C, neg, "Ethiopia", "veiled threat ('every means available', patience 'not without limit') = threatened response; target by context"))
U(d, "Sudan’s irrigation minister, Yasser Abbas,", "store extra supplies.",
  ("Sudan", N, neu, "", "facts + own precaution, no blame stated"))
U(d, "Prime Minister Abiy Ahmed wrote on Twitter", "harming Egypt or Sudan.",
  ("Ethiopia", N, pos, "", "reassurance on Twitter; 'Prime Minister' with no state word"))
U(d, "Amira Saleh, a water-policy researcher at Cairo University,", "an African dispute.",
  ("Amira Saleh", N, neu, "", "invented analyst under her own name: assessment, no judgement or appeal"))

# ---------------------------------------------------------------- Mali-France (AFP-style wire)
d = "page_mali_france_wire.txt"
U(d, "Mali's military-dominated government on Friday told French", "four to six months.",
  ("Mali", C, neg, "France", "dateline not part of the unit; ordering the troops out 'immediately' = expulsion-like measure; Macron's announcement only narrated in the clause"))
U(d, "In a statement read on state broadcaster ORTM, government spokesman", "binding the two countries.",
  ("Mali", C, neg, "France", "'breached the defence accords' = judgement; state broadcaster not an actor"))
U(d, "\"Mali has taken note of yet another decision", "the statement said.",
  ("Mali", C, neg, "France", "multi-sentence quotation closed by 'the statement said' = one unit; order to leave"))
U(d, "Maiga added that the armed forces were ready", "remain calm.",
  ("Mali", T, neu, "", "own readiness + appeal for calm to the population (hope for stability) -> calling_for_talks; surname only"))
U(d, "Macron, speaking at a news conference in Paris", "had been a failure.",
  ("France", C, neg, "Mali", "'chosen isolation over partnership' = judgement on the junta (rule 1) + denial of failure"))
U(d, "In a joint declaration, France, Canada and the European states", "from Malian soil.",
  ("France", C, neg, "Mali", "joint declaration: one row per named state; blames the junta's obstruction"),
  ("Canada", C, neg, "Mali", "joint declaration"),
  ("Denmark", C, neg, "Mali", "joint declaration"),
  ("Estonia", C, neg, "Mali", "joint declaration"),
  ("Sweden", C, neg, "Mali", "joint declaration"),
  ("Netherlands", C, neg, "Mali", "joint declaration ('the European states ... among them' = unnamed others get no row)"))
U(d, "French Defence Minister Florence Parly said about 2,400", "in the coming months.",
  ("France", N, neu, "", "figures + plan"))
U(d, "Foreign Minister Jean-Yves Le Drian told France 2 television", "not to fight terrorists\".",
  ("France", C, neg, "Wagner Group", "judgement on Wagner's role; no state word next to the minister"))
U(d, "In Moscow, foreign ministry spokeswoman Maria Zakharova", "its own partners.",
  ("Russia", S, neu, "Mali", "denial (neutral) + backing of Bamako's right to choose partners -> supporting (rule 3 before 4)"))
U(d, "Ghana's President Nana Akufo-Addo, who chairs", "engaged in the region.",
  ("ECOWAS", S, pos, "France", "head of state speaking as ECOWAS chair ('the bloc') = ECOWAS; welcome of the commitment to stay"))
U(d, "He said ECOWAS sanctions on Mali,", "timetable for elections.",
  ("ECOWAS", C, neg, "Mali", "sanctions kept until conditions are met = taken response"))
U(d, "Senegal's President Macky Sall, the current chairman of the African Union,", "past nine years.",
  ("African Union", S, pos, "France", "AU chair at the Paris announcement = AU; understanding + thanks"))
U(d, "Niger's President Mohamed Bazoum told RFI radio", "border with Mali.",
  ("Niger", S, pos, "France", "offer to host redeployed forces = backing by act/offer"))
U(d, "German Foreign Minister Annalena Baerbock said Berlin would decide", "remain in Mali.",
  ("Germany", N, neu, "", "plan/procedure, no judgement"))
U(d, "At UN headquarters in New York, spokesman Stephane Dujarric", "medical evacuations.",
  ("United Nations", N, neu, "", "assessment under way, facts"))
U(d, "A European diplomat in Bamako, who asked not to be named,", "within months.",
  ("", N, neg, "", "unnamed speaker with no named government ('European') -> empty actor, kept as a stance example; warning without appeal"))
U(d, "Adama Diarra, a leader of the pro-junta Yerewolo movement,", "dignity of Malians\".",
  ("Yerewolo", S, pos, "Mali", "movement leader praises the junta's demand; agency (AFP) not an actor"))
U(d, "\"For nine years they told us they had come to save us,", "give her family name.",
  ("Mariam", C, neg, "France", "named resident (first name) = independent person; 'they' = French troops by context"))
U(d, "Foreign Minister Abdoulaye Diop, in an interview with ORTM,", "the United Nations.",
  ("Mali", T, pos, "", "door open + commitment to keep talking = offer of dialogue"))
U(d, "Fatoumata Sidibé, a researcher at a Dakar-based security institute,", "without air support.",
  ("Fatoumata Sidibé", N, neu, "", "invented analyst: assessment, no judgement or appeal"))

# ---------------------------------------------------------------- Burkina Faso coup (scraped Ghanaian site)
d = "page_burkina_coup_scraped.txt"
U(d, "Burkina Faso's ousted military leader, Lieutenant Colonel", "in the capital.",
  ("Paul-Henri Sandaogo Damiba", T, neu, "", "dateline not part of the unit; ousted leader (own name) agreeing to step down, reported by unnamed religious and traditional leaders (not actors): settlement -> calling_for_talks"))
U(d, "The leaders said in a statement that Damiba had offered his resignation", "stayed loyal to him.",
  ("Paul-Henri Sandaogo Damiba", N, neu, "", "terms of his resignation reported by the unnamed leaders: conditions/procedure"))
U(d, "Captain Ibrahim Traoré, 34, who was named leader", "the statement added.",
  ("Burkina Faso", T, neu, "Paul-Henri Sandaogo Damiba", "junta speaks for its state; accepting the settlement terms"))
U(d, "The takeover was announced on state television RTB late on Friday", "jihadist insurgency.",
  ("Burkina Faso", C, neg, "Paul-Henri Sandaogo Damiba", "junta spokesman's accusation against the ousted leader (own name as target)"))
U(d, "The officers also said the borders had been closed", "9pm to 5am.",
  ("Burkina Faso", N, neu, "", "own measures (borders, charter, curfew)"))
U(d, "On Saturday, another junta officer, Lieutenant Jean-Baptiste Kabré,", "with French help.",
  ("Burkina Faso", C, neg, "France", "accusation that France sheltered Damiba to prepare a fightback"))
U(d, "France's foreign ministry denied any involvement", "soldiers are stationed.",
  ("France", N, neg, "", "denial"))
U(d, "\"Nothing can justify an attack on an embassy.", "Anne-Claire Legendre said.",
  ("France", C, neg, "", "multi-sentence quotation, one unit; blame on unnamed instigators -> target empty"))
U(d, "Foreign Minister Catherine Colonna said Paris had asked", "until further notice.",
  ("France", T, neu, "Burkina Faso", "request to protect nationals = protection of civilians; 'Foreign Minister' with no state word"))
U(d, "Damiba, in a message posted on the presidency's Facebook page", "jihadists would win.",
  ("Paul-Henri Sandaogo Damiba", T, neg, "", "appeal to stand down and avoid fighting, no judgement word; rebels not yet recognised as the state in his framing -> target empty"))
U(d, "In a televised address on Saturday night, Traoré said", "would be respected.",
  ("Burkina Faso", N, pos, "", "reassurance about own conduct (timetable kept)"))
U(d, "The new leaders also called on demonstrators", "refrain from violence.",
  ("Burkina Faso", T, neu, "", "appeal to refrain from violence; demonstrators not a canonical actor"))
U(d, "The Economic Community of West African States (ECOWAS), whose mediators", "timetable be kept.",
  ("ECOWAS", C, neg, "Burkina Faso", "'rejected the seizure of power outright' = judgement on the coup"))
U(d, "Guinea-Bissau's President Umaro Sissoco Embaló, the current chairman", "meet the new leaders.",
  ("ECOWAS", T, neu, "Burkina Faso", "chair speaking for the bloc; sending a team to meet the new leaders = engagement/mediation"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat condemned", "in eight months.",
  ("African Union", C, neg, "Burkina Faso", ""))
U(d, "UN Secretary-General António Guterres denounced the takeover", "his spokesman said.",
  ("United Nations", C, neg, "Burkina Faso", "denounced + appeal: rule 1"))
U(d, "The US State Department said it was deeply concerned", "restraint by all actors.",
  ("United States", T, neg, "", "concern + appeal to all"))
U(d, "The UN humanitarian office, OCHA, said aid convoys", "fighting in the capital.",
  ("United Nations", N, neg, "", "OCHA = United Nations; own aid suspended for security reasons, no blame stated"))
U(d, "Yevgeny Prigozhin, the Russian businessman who founded", "for his people.",
  ("Wagner Group", S, pos, "Burkina Faso", "founder of the armed group speaks for it; praise of the new leader via his press service"))
U(d, "In Accra, the Ministry of Foreign Affairs and Regional Integration", "remained open.",
  ("Ghana", N, neu, "", "consular advice; 'In Accra' gives the state"))
U(d, "A Togolese government source told the GoldCoast Observer", "Sunday afternoon.",
  ("Togo", N, neu, "", "unnamed official of a named government = Togo; fact"))

# ---------------------------------------------------------------- Hong Kong PolyU siege (HTML)
d = "page_hongkong_polyu_webpage.html"
U(d, "Hong Kong’s leader Carrie Lam on Tuesday appealed", "with compassion.",
  ("Hong Kong government", T, neu, "", "appeal to end the standoff peacefully; protesters not canonical (uncertain: Hong Kong government kept apart from China, like a regional government)"))
U(d, "“The campus has been turned into a weapons store,", "weekly news conference.",
  ("Hong Kong government", C, neg, "", "multi-sentence quote, one unit; accusation + warning aimed at protesters (not canonical) -> target empty"))
U(d, "By her count, some 600 people had walked out", "taken down their details.",
  ("Hong Kong government", N, neu, "", "'By her count' = Lam; figures + procedure"))
U(d, "Chris Tang, who was sworn in as police commissioner", "restore order.",
  ("Hong Kong government", N, neu, "", "police = Hong Kong government; reassurance about own conduct"))
U(d, "Police said 1,100 people had been arrested", "out of the university.",
  ("Hong Kong government", N, neu, "", "figures"))
U(d, "The Hospital Authority said 116 people", "serious condition.",
  ("Hong Kong government", N, neu, "", "public hospital body = Hong Kong government; casualty figures"))
U(d, "The university’s president, Jin-Guang Teng,", "police station himself.",
  ("Hong Kong Polytechnic University", T, pos, "", "university head's offer to accompany protesters out = mediation"),
  ("Hong Kong government", T, neu, "", "police agreement to hold off, reported by Teng"))
U(d, "Jasper Tsang, a pro-Beijing former president of the Legislative Council", "dragged on.",
  ("Jasper Tsang", N, neg, "", "former office holder acting as go-between = own name; fear without appeal"))
U(d, "In Beijing, foreign ministry spokesman Geng Shuang said comments", "stop meddling.",
  ("China", C, neg, "", "'gross interference' aimed at the US and Britain -> two actors, target empty"))
U(d, "Zang Tiewei, a spokesman for the legislative affairs commission", "compatible with the Basic Law.",
  ("China", C, neg, "", "NPC Standing Committee body = China; criticism of a court ruling (court not a canonical actor)"))
U(d, "The State Council’s Hong Kong and Macao Affairs Office said it firmly supported", "restoring order.",
  ("China", S, pos, "Hong Kong government", "central government office backs police and SAR government"))
U(d, "China’s ambassador in London, Liu Xiaoming, warned", "no longer control it.",
  ("China", C, neg, "", "veiled threat of intervention; aimed at the unrest, no canonical target"))
U(d, "Late on Tuesday in Washington, the US Senate passed", "abuses in the city.",
  ("United States", C, neg, "", "legislature passing a sanctions bill = threatened response; officials of more than one government -> target empty"))
U(d, "Secretary of State Mike Pompeo said Washington was alarmed", "with its critics.",
  ("United States", T, neg, "Hong Kong government", "alarm + inquiry + dialogue, no explicit judgement"))
U(d, "British Foreign Secretary Dominic Raab said he was seriously concerned", "dialogue begin.",
  ("United Kingdom", T, neg, "", "concern + medical access + dialogue"))
U(d, "The European Union, in a statement by a spokesperson", "restraint on all sides.",
  ("European Union", T, neu, "", "proportionality + restraint appeal to all"))
U(d, "The UN human rights office in Geneva said it was worried", "medics and lawyers in.",
  ("United Nations", T, neg, "Hong Kong government", "OHCHR = United Nations; worry + access appeal ('the authorities')"))
U(d, "Japan’s Chief Cabinet Secretary Yoshihide Suga", "through dialogue.",
  ("Japan", T, neg, "", "concern + hope for a peaceful, negotiated end"))
U(d, "In Taipei, President Tsai Ing-wen wrote on Facebook", "people of Hong Kong.",
  ("Taiwan", C, neg, "China", "judgement that Beijing's formula 'had failed' + solidarity with the people: rule 1"))
U(d, "The Civil Human Rights Front, which organised", "volunteer first-aiders.",
  ("Civil Human Rights Front", C, neg, "Hong Kong government", "accusation against the police"))
U(d, "Joshua Wong, secretary-general of the pro-democracy party Demosisto,", "created by the police”.",
  ("Demosisto", C, neg, "Hong Kong government", "party leader on Twitter; blame on the police"))
U(d, "Starry Lee, chairwoman of the Democratic Alliance", "petrol bombs and arrows.",
  ("Democratic Alliance for the Betterment and Progress of Hong Kong", S, pos, "Hong Kong government", "praise of the police"))
U(d, "The government said district council elections", "as planned.",
  ("Hong Kong government", N, neu, "", "plan"))

# ---------------------------------------------------------------- Bolivia (AP-style wire)
d = "page_bolivia_wire.txt"
U(d, "Opposition Senator Jeanine Áñez declared herself", "offered there.",
  ("Bolivia", N, pos, "", "dateline not part of the unit; self-declared interim president = Bolivia from this act on (uncertain); pledge of elections = plan"))
U(d, "Áñez, the second vice president of the Senate, claimed the post", "both chambers resigned.",
  ("Bolivia", N, neu, "", "claim under the line of succession = procedure; the next sentence (no quorum) is narration"))
U(d, "Lawmakers from Morales' Movement for Socialism,", "claim to the presidency illegal.",
  ("Movement for Socialism", C, neg, "Bolivia", "boycott in protest + 'illegal' = judgement on Áñez's claim (she now speaks for the state)"))
U(d, "\"We want peace to come back to our streets,", "holding a large Bible.",
  ("Bolivia", T, pos, "", "hope that calm returns + fair vote -> calling_for_talks"))
U(d, "Morales, who resigned on Sunday after the military and police", "\"saved my life.\"",
  ("Movement for Socialism", S, pos, "Mexico", "ex-president and party leader = his party (like Machado/González -> Unitary Platform); thanks"))
U(d, "\"They forced me out with rifles, not with votes.", "Morales said.",
  ("Movement for Socialism", C, neg, "", "multi-sentence quote, one unit; blame on unnamed 'they' (army, police, opposition) -> target empty"))
U(d, "Mexican Foreign Minister Marcelo Ebrard, who met him on the tarmac,", "as a coup.",
  ("Mexico", C, neg, "Bolivia", "asylum (support) + 'coup' judgement on the removal by Bolivia's military: rule 1"))
U(d, "At his morning news conference, President Andrés Manuel López Obrador", "Bolivia's sovereignty.",
  ("Mexico", S, pos, "Movement for Socialism", "refuge given to Morales = assistance; 'President' with no state word (Mexico by context)"))
U(d, "The commander of the armed forces, General Williams Kaliman,", "neighboring El Alto.",
  ("Bolivia", N, neu, "", "army speaks for its state; security operation against looting (looters not an actor) = own measure"))
U(d, "Bolivia's ombudsman's office said at least seven people", "October 20 election.",
  ("Bolivia", N, neu, "", "state agency resolves to its state; casualty figures"))
U(d, "Former President Carlos Mesa, whose Civic Community alliance", "brought down \"a fraud.\"",
  ("Civic Community", C, neg, "Movement for Socialism", "rejects the coup claim (denial) + 'a fraud' judgement on Morales: rule 1; Mesa = his alliance"))
U(d, "Luis Fernando Camacho, the head of the Pro Santa Cruz Civic Committee", "made legal.",
  ("Pro Santa Cruz Civic Committee", T, neu, "Movement for Socialism", "appeal to lift blockades and return to Congress, no judgement"))
U(d, "President Donald Trump on Monday welcomed Morales' resignation", "respecting its oath.",
  ("United States", S, pos, "Bolivia", "welcome + praise of the military (= Bolivia)"))
U(d, "A State Department official said Washington wanted a swift transition", "avoid violence.",
  ("United States", T, neu, "", "unnamed official of a named government; appeal"))
U(d, "In Moscow, Foreign Ministry spokeswoman Maria Zakharova", "constitutional way out.",
  ("Russia", C, neg, "", "'coup organized by the opposition' (several parties) + appeal: rule 1, target empty"))
U(d, "Cuban President Miguel Díaz-Canel said Havana stood with Morales", "who are resisting.\"",
  ("Cuba", S, pos, "Movement for Socialism", "solidarity"))
U(d, "Brazil's foreign minister, Ernesto Araújo,", "massive electoral fraud.",
  ("Brazil", C, neg, "Movement for Socialism", "denies a coup + accuses Morales of fraud: rule 1"))
U(d, "At a special session of the Organization of American States in Washington,", "manipulated the count.",
  ("Organization of American States", C, neg, "Movement for Socialism", "accusation against the outgoing (MAS) government"))
U(d, "EU foreign policy chief Federica Mogherini said", "show restraint.",
  ("European Union", T, neu, "", "hope + restraint"))
U(d, "U.N. Secretary-General António Guterres was deeply concerned", "his spokesman said.",
  ("United Nations", T, neg, "", "concern + appeal; 'U.N.' abbreviation inside the unit"))

# ---------------------------------------------------------------- Iraq (UN noon briefing + Baghdad digest)
d = "page_iraq_unreadout.txt"
U(d, "The Secretary-General is troubled by the rising number of deaths", "a week of demonstrations.",
  ("United Nations", N, neg, "", "concern + figure, no appeal in this sentence"))
U(d, "He calls on the Government to ensure that the security forces", "refrain from violence.",
  ("United Nations", T, neu, "", "appeal to both government and demonstrators; 'He' = the SG"))
U(d, "The Secretary-General reiterates that the United Nations stands ready", "the Iraqi people.",
  ("United Nations", T, pos, "", "offer to support dialogue"))
U(d, "Jeanine Hennis-Plasschaert, the Secretary-General's Special Representative", "held to account.",
  ("United Nations", C, neg, "Iraq", "'unacceptable' + accountability, aimed at the security forces (= Iraq)"))
U(d, "She welcomed the reform measures", "without delay.",
  ("United Nations", T, pos, "Iraq", "welcome of the government's reforms + appeal for dialogue: rule 2 before rule 3 (labels README)"))
U(d, "The Office of the High Commissioner for Human Rights (OHCHR) says", "since 2 October.",
  ("United Nations", N, neg, "", "OHCHR = United Nations; reports received, no judgement or appeal"))
U(d, "UNICEF says at least six children", "out of harm's way.",
  ("UNICEF", T, neg, "", "figure + appeal to protect children"))
U(d, "The World Health Organization (WHO) says it has delivered", "2,000 wounded people.",
  ("World Health Organization", S, neu, "", "medical supplies delivered = aid by act; hospitals are not a canonical actor"))
U(d, "Asked who was behind the sniper fire reported in Baghdad,", "investigation was essential.",
  ("United Nations", T, neu, "", "declines to attribute blame; asks for an investigation (appeal without judgement, as for Lammy in labels/pages)"))
U(d, "Prime Minister Adil Abdul-Mahdi chaired an extraordinary session", "public-sector posts.",
  ("Iraq", N, neu, "", "own measures"))
U(d, "The Prime Minister said the Government had heard", "without delay.",
  ("Iraq", N, pos, "", "reassurance about own conduct"))
U(d, "The Joint Operations Command said troops in the Sadr City district", "referred for questioning.",
  ("Iraq", N, neg, "", "self-criticism of its own troops + disciplinary step: the target would be the actor itself -> neutral (uncertain)"))
U(d, "Interior Ministry spokesman Major General Saad Maan told", "since the protests began.",
  ("Iraq", N, neu, "", "casualty figures from an actor"))
U(d, "Maan said unidentified gunmen had fired", "wherever they were.",
  ("Iraq", C, neg, "", "blame on unidentified gunmen + vow to pursue them (threat); no canonical target"))
U(d, "President Barham Salih called for a national dialogue", "by the constitution.",
  ("Iraq", T, neu, "", "appeal for national dialogue"))
U(d, "Parliament Speaker Mohammed al-Halbousi said", "attacks on protesters.",
  ("Iraq", T, neu, "", "meeting with protesters' representatives + inquiry = engagement, no judgement"))
U(d, "Falih al-Fayyadh, chairman of the Popular Mobilization Forces,", "if required.",
  ("Popular Mobilization Forces", C, neg, "", "warning to anyone using the protests to topple the state = threatened response; no canonical target"))
U(d, "In the Friday sermon read on his behalf in Karbala,", "acted quickly.",
  ("Ali al-Sistani", C, neg, "Iraq", "independent religious authority under his own name; holds the government responsible"))
U(d, "Sayyid Muqtada al-Sadr, whose Saeroon bloc", "United Nations supervision.",
  ("Sadrist Movement", C, neg, "Iraq", "demand that the government resign = rejection of the government; Sadr speaks for his movement"))
U(d, "The Kurdistan Region's Prime Minister, Masrour Barzani,", "demands of citizens.",
  ("Kurdistan Regional Government", S, pos, "Iraq", "backing of the federal government's efforts"))
U(d, "Iranian Foreign Ministry spokesman Abbas Mousavi said", "return soon.",
  ("Iran", T, pos, "", "confidence + hope that calm returns"))
U(d, "Supreme Leader Ali Khamenei said on his official website", "would not succeed.",
  ("Iran", C, neg, "", "accusation against unnamed 'those trying to drive a wedge' -> target empty"))
U(d, "The US State Department said Washington deplored the loss of life", "reduce tensions.",
  ("United States", T, neg, "", "deploring loss of life is not a judgement on an actor; appeal to all"))
U(d, "Kuwait's Ministry of Foreign Affairs advised", "until further notice.",
  ("Kuwait", N, neu, "", "travel advice"))
U(d, "Amnesty International accused the security forces", "rein them in immediately.",
  ("Amnesty International", C, neg, "Iraq", "accusation + demand: rule 1"))

# ---------------------------------------------------------------- Zimbabwe (live blog)
d = "page_zimbabwe_liveblog.txt"
U(d, "South Africa's President Jacob Zuma, speaking as chairman", "but was well.",
  ("SADC", N, neu, "", "head of state speaking as SADC chair = SADC; reports a fact"),
  ("Zimbabwe", N, neu, "", "Mugabe's own account (cannot leave his residence, is well) reported by Zuma: the head of state's fact (uncertain: the army also speaks for Zimbabwe)"))
U(d, "Two South African cabinet ministers, Nosiviwe Mapisa-Nqakula", "Zuma said.",
  ("SADC", T, neu, "", "envoys sent in his SADC capacity to meet both sides = mediation; attribution tail after a long narrative-looking clause"))
U(d, "He appealed for calm and urged the army", "constitutional order.",
  ("SADC", T, neg, "Zimbabwe", "appeal to the army with no judgement word (labels README: demand to one side to stop is calling_for_talks)"))
U(d, "Alpha Condé, the Guinean president who chairs the African Union", "constitutional rule.",
  ("African Union", C, neg, "Zimbabwe", "AU chair in the AU's name; 'a coup in all but name' + demand: rule 1; the army speaks for its state"))
U(d, "Chinese foreign ministry spokesman Geng Shuang said Beijing,", "differences peacefully.",
  ("China", T, pos, "", "hope for a peaceful settlement"))
U(d, "He said last week's visit to Beijing by the army commander,", "long in advance.",
  ("China", N, neu, "", "implicit denial of a link to the takeover, no judgement"))
U(d, "Foreign Secretary Boris Johnson told MPs", "refrain from violence.",
  ("United Kingdom", T, neu, "", "'Foreign Secretary' with no state word (British MPs by context); elections + restraint"))
U(d, "The US embassy in Harare said it would be closed", "stay at home.",
  ("United States", N, neu, "", "embassy speaks for its state; own measure"))
U(d, "A State Department spokeswoman said Washington was following", "restore normality swiftly.",
  ("United States", T, neu, "Zimbabwe", "unnamed spokeswoman of a named body; demand to the military without judgement"))
U(d, "Kudzai Chipanga, the leader of ZANU-PF's youth league,", "young and misguided.",
  ("ZANU-PF", N, neu, "", "youth league = party; apology/retraction: no judgement of another actor, no appeal (uncertain: could be read as backing the army)"))
U(d, "Chris Mutsvangwa, the chairman of the Zimbabwe National Liberation War Veterans Association", "time was over.",
  ("Zimbabwe National Liberation War Veterans Association", S, pos, "Zimbabwe", "praise of the army (= Zimbabwe); 'Mugabe's time was over' also judges the president (same state): supporting kept (uncertain)"))
U(d, "Obert Gutu, spokesman for Morgan Tsvangirai's Movement for Democratic Change (MDC-T),", "prepare free elections.",
  ("MDC-T", T, neu, "", "peaceful return + inclusive transitional authority"))
U(d, "Zimbabwe's ambassador to South Africa, Isaac Moyo,", "remained intact.",
  ("Zimbabwe", N, neg, "", "denial; ambassador of the Mugabe government"))
U(d, "UN spokesman Stéphane Dujarric said the Secretary-General", "avoid violence.",
  ("United Nations", T, neu, "", "appeal for calm"))
U(d, "An EU spokeswoman said the bloc was following developments", "embassies in Harare.",
  ("European Union", N, neg, "", "concern without appeal"))
U(d, "In a statement read on ZBC in the early hours, Major General Sibusiso Moyo,", "had not seized power.",
  ("Zimbabwe", N, neg, "", "army speaks for its state; denial of a takeover"))
U(d, "\"Let us make it clear: this is not a takeover of government.", "Moyo said.",
  ("Zimbabwe", C, neg, "", "multi-sentence quote, one unit; operation announced against 'criminals' around Mugabe (not canonical) -> target empty"))
U(d, "The army also warned that it would respond firmly", "cooperate.",
  ("Zimbabwe", C, neg, "", "threat to anyone provoking soldiers; no canonical target"))
U(d, "It asked the people of Harare to stay calm", "were necessary.",
  ("Zimbabwe", T, neu, "", "'It' = the army; appeal for calm"))
U(d, "Tendai Chikwanha, a political analyst at the University of Zimbabwe,", "one-party rule.",
  ("Tendai Chikwanha", N, neu, "", "invented analyst: assessment only"))

# ---------------------------------------------------------------- Eswatini unrest (HTML)
d = "page_eswatini_unrest_webpage.html"
U(d, "Eswatini’s acting prime minister, Themba Masuku, said on Monday", "the security forces.",
  ("Eswatini", N, neu, "", "dateline 'MBABANE –' not part of the unit; own instruction + statement that calm returned"))
U(d, "He said the 6pm-to-5am curfew would remain in force", "national infrastructure.",
  ("Eswatini", N, neu, "", "own security measures"))
U(d, "Masuku welcomed Sunday’s visit by a team of ministers", "with the regional bloc.",
  ("Eswatini", S, pos, "SADC", "welcome of the SADC mission, no appeal"))
U(d, "Dladla told the visiting ministers that 27 people had died", "had been killed.",
  ("Eswatini", N, neg, "", "figures + disputing activists' figures (denial)"))
U(d, "Commerce, Industry and Trade Minister Manqoba Khumalo said", "for the destruction.",
  ("Eswatini", C, neg, "", "blame on 'agitators' (not canonical) -> target empty"))
U(d, "A government statement said King Mswati III remained in the country", "as false.",
  ("Eswatini", N, neu, "", "denial of rumours"))
U(d, "The SADC team, led by Botswana’s Minister of International Affairs and Cooperation,", "region’s leaders.",
  ("SADC", T, neu, "", "minister leading the mission in the organ chair's name = SADC (not Botswana); listening mission"))
U(d, "“We urge every party to put down stones and guns alike", "delegation left Mbabane.",
  ("SADC", T, neg, "", "multi-sentence quote, one unit; appeal to all"))
U(d, "Masisi had said on Saturday that the burning of property", "act with restraint.",
  ("SADC", T, neu, "", "chair of the SADC organ, named only by surname; restraint appeal to both sides"))
U(d, "South Africa’s minister of international relations and cooperation, Naledi Pandor,", "national dialogue.",
  ("South Africa", T, neu, "", "speaks for Pretoria, though part of the SADC delegation; wish for wider consultation + inclusive dialogue"))
U(d, "On Thursday, the Department of International Relations and Cooperation in Pretoria", "hold their fire.",
  ("South Africa", T, neu, "Eswatini", "DIRCO = South Africa; demand to the security forces without judgement"))
U(d, "The banned People’s United Democratic Movement (PUDEMO) said", "the ministers met.",
  ("PUDEMO", C, neg, "Eswatini", "accuses the government of hijacking the visit"))
U(d, "“The king’s soldiers are shooting our people in the streets.", "Mlungisi Makhanya said.",
  ("PUDEMO", C, neg, "Eswatini", "accusation + refusal of talks in protest (grievance stated)"))
U(d, "Human rights lawyer Thulani Maseko said at least 50 people", "from mortuaries.",
  ("Thulani Maseko", C, neg, "Eswatini", "independent person; figures that attribute the killings to soldiers and police = accusation"))
U(d, "Amnesty International’s regional director for East and Southern Africa,", "internet blackout.",
  ("Amnesty International", C, neg, "Eswatini", "'brutal assault on human rights'"))
U(d, "The UN human rights office urged the authorities", "into the deaths.",
  ("United Nations", T, neu, "Eswatini", "OHCHR; restraint + investigations, no judgement"))
U(d, "The US embassy in Mbabane said it was deeply concerned", "peaceful protest.",
  ("United States", T, neg, "Eswatini", "concern about reports + appeal"))
U(d, "The European Union delegation said it was following events", "closely.",
  ("European Union", N, neu, "", "monitoring without appeal"))
U(d, "The World Food Programme said it had begun delivering food parcels", "since the looting.",
  ("World Food Programme", S, neu, "", "food aid by act"))
U(d, "Taiwan’s embassy in Mbabane, one of the kingdom’s closest partners,", "hit by the unrest.",
  ("Taiwan", S, pos, "", "aid pledge to households (not a canonical actor); embassy speaks for Taiwan"))
U(d, "South Africa’s largest trade union federation, COSATU,", "killings stopped.",
  ("COSATU", C, neg, "Eswatini", "threatened blockade = threatened response"))
U(d, "Lucky Lukhele, spokesman for the Swaziland Solidarity Network,", "look away.",
  ("Swaziland Solidarity Network", C, neg, "Eswatini", "'declared war on his own people'"))


def main():
    out = os.path.join(ROOT, "statements.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        w.writerows(ROWS)
    print(len(ROWS), "rows ->", out)


if __name__ == "__main__":
    main()
