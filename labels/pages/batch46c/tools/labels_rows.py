# Hand labels for batch46c. Each unit is cut from the page's visible text between a start
# snippet and an end snippet (both included), so that it is copied exactly; the stance,
# sentiment, actor and target were decided by hand for each unit.
import html, os, re
BASE = '/work/batch46c'
_cache = {}
def _vis(doc):
    if doc not in _cache:
        s = open(os.path.join(BASE, doc), encoding='utf-8').read()
        if doc.endswith('.html'):
            s = re.sub(r'(?is)<head>.*?</head>', ' ', s)
            s = re.sub(r'<[^>]+>', ' ', s)
            s = html.unescape(s)
        _cache[doc] = re.sub(r'\s+', ' ', s)
    return _cache[doc]
def cut(doc, start, end):
    v = _vis(doc)
    i = v.find(start)
    assert i >= 0 and v.find(start, i + 1) < 0, ('start not unique/found', doc, start)
    j = v.find(end, i)
    assert j >= 0, ('end not found', doc, end)
    return v[i:j + len(end)]

ROWS = []
def R(doc, start, end, actor, stance, senti, target, note):
    ROWS.append((doc, cut(doc, start, end), actor, stance, senti, target, note))

# ---------------------------------------------------------------- Egypt / wire
E = 'page_egypt_hishamkassem_verdict2023_wire.txt'
R(E, 'An Egyptian court on Saturday sentenced', 'insulting police officers.', 'Egypt', 'condemning', 'negative', 'Hisham Kassem',
  'dateline excluded; the court (a state organ) sentencing the critic = a measure against him, as in other verdict pages (unsure: could be read as narration)')
R(E, 'Defence lawyer Nasser Amin said', 'harassing public officials.', 'Hisham Kassem', 'neutral', 'neutral', '',
  'the lawyer speaks for his client (as in batch 42a); facts of the verdict')
R(E, 'Amin said the defence had filed an appeal', 'in the meantime.', 'Hisham Kassem', 'neutral', 'neutral', '',
  'surname only; appeal filed and its date = procedure')
R(E, '"This is a ruling against an opinion', 'after the hearing.', 'Hisham Kassem', 'condemning', 'negative', 'Egypt',
  'two-sentence quote closed by its speaker; the ruling judged as punishment of an opinion')
R(E, 'He was detained on Aug. 20 after refusing', 'in a Facebook post.', 'Hisham Kassem', 'condemning', 'negative', 'Kamal Abu Eita',
  "'He' = Kassem; his earlier accusation of corruption against Abu Eita, reported as done inside a background sentence (the detention is passive, no row for Egypt)")
R(E, 'He was detained on Aug. 20 after refusing', 'in a Facebook post.', 'Kamal Abu Eita', 'condemning', 'negative', 'Hisham Kassem',
  'second actor: the complaint he lodged against Kassem = a legal measure against him (unsure: background)')
R(E, 'In a message posted the same day, Kassem wrote', 'wait in a cell.', 'Hisham Kassem', 'neutral', 'negative', '',
  'refusal to pay bail with a denial, no judgement word on an actor (unsure: refusal in protest could be condemning)')
R(E, 'Prosecutors later added charges', 'where he was first held.', 'Egypt', 'condemning', 'negative', 'Hisham Kassem',
  'prosecutors = the state; new charges = a measure against him')
R(E, 'Kassem and his lawyers deny', 'abused anyone.', 'Hisham Kassem', 'neutral', 'negative', '',
  'denial = neutral with a negative tone (guide)')
R(E, 'Amin said Kassem had ended a hunger strike', 'pressure on the court.', 'Hisham Kassem', 'neutral', 'neutral', '',
  'own act and its reason, no position on another actor')
R(E, 'Abu Eita, a former trade unionist', 'played no part in it.', 'Kamal Abu Eita', 'neutral', 'negative', '',
  'the complainant denies a political motive = denial')
R(E, '"Whoever calls a man a thief', 'last month.', 'Kamal Abu Eita', 'condemning', 'negative', 'Hisham Kassem',
  'accuses Kassem of an unproven public accusation = judgement')
R(E, 'The Free Current, a coalition of liberal parties', 'in the coming months.', 'Free Current', 'neutral', 'negative', '',
  'freezing activity and not fielding a candidate, no grievance stated in this sentence = neutral (labels/README: withdrawal without protest); the protest comes in the next sentence (unsure)')
R(E, '"We cannot ask Egyptians to believe', 'wrote on X.', 'Free Current', 'condemning', 'negative', 'Egypt',
  'speaks as a leading member of the coalition = Free Current (unsure: she also leads the Constitution Party); implies the contest is unfair')
R(E, 'Hossam Bahgat, head of the Egyptian Initiative', 'not been allowed to enter.', 'Egyptian Initiative for Personal Rights', 'neutral', 'negative', '',
  'a fact about the hearings, no judgement word (unsure: criticism by description)')
R(E, '"The charges were cut to fit a man', 'Bahgat said.', 'Egyptian Initiative for Personal Rights', 'condemning', 'negative', 'Egypt',
  'surname only; charges fabricated for a person = judgement')
R(E, 'On Thursday, Amnesty International had urged', 'crackdown on dissent.', 'Amnesty International', 'condemning', 'negative', 'Egypt',
  'appeal to release + judgement (crackdown) = rule 1')
R(E, 'A State Department spokesperson, asked about the verdict', 'with the Egyptian government.', 'United States', 'neutral', 'negative', '',
  'following closely + standing policy, no appeal on the case and no judgement = concern without appeal (unsure: raising free expression could read as a soft appeal)')
R(E, 'Diaa Rashwan, head of the State Information Service', 'to do with any election.', 'Egypt', 'neutral', 'negative', '',
  'head of the state information body speaks for the state; denial of a political case')
R(E, "A senior member of the pro-government Nation's Future Party", 'whatever his political ambitions.', "Nation's Future Party", 'supporting', 'positive', 'Egypt',
  'unnamed official of a named party speaks for it; approval of the verdict = supporting the state\'s act (the jab at Kassem rides on it)')
R(E, 'The Civil Democratic Movement, a bloc of opposition parties', 'Kassem and his family.', 'Civil Democratic Movement', 'supporting', 'positive', 'Hisham Kassem',
  'solidarity with the jailed critic')
R(E, 'It called on the authorities to release him', 'what they have written.', 'Civil Democratic Movement', 'calling_for_talks', 'negative', 'Egypt',
  "'It' = the bloc; demand to release, no judgement word = calling_for_talks (labels/README: demand to one side)")
R(E, 'Egypt denies that it holds', 'political prisoners.', 'Egypt', 'neutral', 'negative', '',
  'standing denial = neutral, negative; the preceding sentence is from unnamed rights groups (no row)')

# ---------------------------------------------------------------- Iraq / state agency
I = 'page_iraq_tayaransquare_bombing2021_stateagency.txt'
R(I, 'The Prime Minister and Commander-in-Chief of the Armed Forces, Mr. Mustafa Al-Kadhimi, chaired', 'carried out this crime.', 'Iraq', 'condemning', 'negative', '',
  "PM = Iraq; ordering the hunt for the cells behind the 'crime' = announced operation against another side; perpetrators not named yet -> target empty")
R(I, 'Al-Kadhimi affirmed, according to a statement', 'no one to cross."', 'Iraq', 'condemning', 'negative', '',
  'vow to reach the planners of a cowardly act = judgement + threatened response; INA is not an actor')
R(I, 'Following the meeting, the Commander-in-Chief', 'without delay.', 'Iraq', 'neutral', 'neutral', '',
  'dismissals of its own commanders = own measures, no judgement on another actor')
R(I, 'The spokesman for the Commander-in-Chief of the Armed Forces, Major General Yahya Rasool', 'inside the market.', 'Iraq', 'neutral', 'neutral', '',
  'military spokesman = Iraq; account of events')
R(I, 'The Ministry of Health announced', 'opened their doors to citizens.', 'Iraq', 'neutral', 'neutral', '',
  'casualty figures and hospital measures = neutral (guide)')
R(I, 'The Ministry of Interior explained', 'detonating his belt among them.', 'Iraq', 'neutral', 'neutral', '',
  'how the attack unfolded, no judgement word and no named perpetrator (unsure: describing an attack on civilians can be condemning; the next sentence carries the judgement)')
R(I, 'The spokesman for the Joint Operations Command', 'among the innocent.', 'Iraq', 'condemning', 'negative', '',
  "'the criminals' chose a crowded market to maximise victims = judgement; perpetrators unnamed")
R(I, 'For his part, the President of the Republic, Dr. Barham Salih, strongly condemned', 'the days of fear.', 'Iraq', 'condemning', 'negative', '',
  'President = Iraq; condemnation of terrorist gangs (not canonical) -> target empty')
R(I, 'His Excellency stressed that', 'shake their country."', 'Iraq', 'condemning', 'negative', '',
  "'His Excellency' = Salih; vow against terrorism's remnants")
R(I, 'The Speaker of the Council of Representatives', 'circumstances of the breach.', 'Iraq', 'condemning', 'negative', '',
  'Speaker of parliament = Iraq (actors.csv lists Halbousi under Iraq); condemnation + call on own services + hearing plan: rule 1')
R(I, 'Meanwhile, the Security Media Cell announced', 'once the work was completed.', 'Iraq', 'neutral', 'neutral', '',
  'security measures = plans/facts')
R(I, 'The terrorist Daesh organisation claimed responsibility', 'carried out the attack.', 'Islamic State', 'neutral', 'neutral', '',
  "Daesh = Islamic State; claiming its own attack as done, no judgement = neutral (guide: own strike reported); the agency's 'terrorist' is its own word")
R(I, 'The Ministry of Foreign Affairs stated that it had received', 'noble positions.', 'Iraq', 'supporting', 'positive', '',
  'gratitude to many senders = supporting, target empty (several)')
for st in ['Saudi Arabia', 'United Arab Emirates', 'Qatar', 'Bahrain', 'Oman']:
    R(I, 'The Kingdom of Saudi Arabia, the United Arab Emirates', 'Iraq and its people.', st, 'condemning', 'negative', '',
      'list of states, one row per state; condemnation of the attack (perpetrator unnamed) with solidarity: rule 1')
R(I, 'His Highness the Emir of the State of Kuwait', 'whatever their source.', 'Kuwait', 'condemning', 'negative', '',
  'Emir = Kuwait; cable condemning the act; the President is only addressed')
R(I, 'The spokesman for the Jordanian Ministry of Foreign Affairs', 'security and stability.', 'Jordan', 'supporting', 'positive', 'Iraq',
  'standing by Iraq in its measures = backing, no condemnation in this sentence')
R(I, 'The Arab Republic of Egypt, through its Ministry', 'speedy recovery.', 'Egypt', 'condemning', 'negative', '',
  'condemnation + condolences: rule 1')
R(I, 'The spokesman for the Iranian Ministry of Foreign Affairs, Saeed Khatibzadeh', 'fight against terrorism.', 'Iran', 'condemning', 'negative', '',
  "'takfiri terrorist groups' held responsible (not a canonical actor) -> target empty; the offer of support rides on it")
R(I, 'The Ministry of Foreign Affairs of the Republic of Turkey also condemned', 'brotherly Iraqi people.', 'Turkey', 'condemning', 'negative', '',
  'condemnation + condolences')
R(I, 'The Secretary-General of the League of Arab States', 'war on terrorism.', 'Arab League', 'condemning', 'negative', '',
  'denounced + call to keep supporting Iraq: rule 1')
R(I, 'The Embassy of the United States of America in Baghdad', 'families of the victims.', 'United States', 'condemning', 'negative', '',
  "embassy = United States; 'cowardly crime' = judgement")
R(I, 'The United Nations Assistance Mission for Iraq (UNAMI) expressed', 'perpetrators to justice.', 'United Nations', 'supporting', 'positive', 'Iraq',
  'UNAMI = United Nations; solidarity + offer of support to the Iraqi authorities')
R(I, 'His Holiness Pope Francis, in a cable of condolence', 'recovery of the wounded.', 'Holy See', 'supporting', 'negative', 'Iraq',
  'Pope = Holy See; condolence and closeness = solidarity; grief sets the tone (unsure: positive in some pages)')

# ---------------------------------------------------------------- Syria / UN noon briefing
S = 'page_syria_alquds_hospital2016_noonbriefing.txt'
R(S, 'The Secretary-General condemns in the strongest terms last night', 'eastern part of the city.', 'United Nations', 'condemning', 'negative', '',
  'SG statement read by the spokesman; strikes condemned without attribution -> target empty')
R(S, 'He is appalled that, once again', 'reduced to rubble.', 'United Nations', 'neutral', 'negative', '',
  "'He' = the SG; alarm without a judgement on an actor = neutral (labels/README)")
R(S, 'Deliberate attacks on hospitals are war crimes', 'answer for them.', 'United Nations', 'condemning', 'negative', '',
  'continuation of the SG statement; war crimes + accountability = judgement; no named perpetrator')
R(S, 'The Secretary-General calls on all parties to recommit', 'requires of them.', 'United Nations', 'calling_for_talks', 'neutral', '',
  'appeal to all parties: ceasefire and protection of civilians')
R(S, 'He said that the cessation of hostilities was in serious danger', 'every 25 minutes.', 'United Nations', 'neutral', 'negative', '',
  "'He' = de Mistura (UN envoy); concern and a toll rate, no appeal in this sentence")
R(S, 'Mr. de Mistura asked the two co-chairs', 'talks in May.', 'United Nations', 'calling_for_talks', 'neutral', '',
  'appeal to Russia and the US to meet + next round of talks; two addressees -> target empty')
R(S, 'Mr. de Mistura added that no aid convoy', 'members of the Support Group.', 'United Nations', 'neutral', 'negative', '',
  'facts on access + postponement as a signal (unsure: the postponement could be read as a protest measure)')
R(S, 'Our humanitarian colleagues tell us that more than 60 civilians', 'as well as by the opposition.', 'United Nations', 'neutral', 'neutral', '',
  'casualty figure given by the UN, both sides = neutral')
R(S, 'Médecins Sans Frontières, which had supported', 'two of them doctors.', 'Médecins Sans Frontières', 'neutral', 'neutral', '',
  'facts and toll given by MSF = neutral (guide)')
R(S, 'The World Health Organization said that the hospital', 'facilities still functioning.', 'World Health Organization', 'supporting', 'neutral', '',
  'moving medicines and staff = providing aid; no actor as recipient -> target empty')
R(S, 'Turning to Ecuador, our humanitarian colleagues report', 'earthquake of 16 April.', 'United Nations', 'neutral', 'neutral', '',
  'figure on shelters = neutral')
R(S, 'The United Nations and its partners continue to support', 'worst-hit coastal provinces.', 'United Nations', 'supporting', 'positive', 'Ecuador',
  'aid to the government relief operation = supporting')
R(S, 'We are not in a position to attribute it from here.', 'from here.', 'United Nations', 'neutral', 'neutral', '',
  'declines to attribute = neutral')
R(S, 'What we can say is that there are very few actors', 'they know who they are.', 'United Nations', 'condemning', 'negative', '',
  'pointed hint that those flying over Aleppo are responsible (unsure: insinuation, not an explicit accusation; could be neutral)')
R(S, 'The Syrian army said on State television today', 'spread by terrorist groups.', 'Syria', 'neutral', 'negative', '',
  "journalist's question reporting Syria's position = Syria's statement (labels/README); the army speaks for its state; denial with a barb = neutral, negative")
R(S, 'And Moscow has said its aircraft were not involved.', 'not involved.', 'Russia', 'neutral', 'negative', '',
  'Moscow = Russia; denial reported in the question')
R(S, 'There is an obligation under international humanitarian law on every party', 'live up to it.', 'United Nations', 'calling_for_talks', 'neutral', '',
  'appeal to every party to protect medical facilities')
R(S, 'Secretary Kerry said this morning', 'Syrian Government.', 'United States', 'condemning', 'negative', 'Syria',
  'Kerry = United States; blame reported in the question')
R(S, 'He also said it was up to Moscow', 'bombing of civilians ended.', 'United States', 'calling_for_talks', 'negative', 'Russia',
  "'He' = Kerry; appeal to Russia to restrain Damascus, no judgement on Russia")
R(S, 'Our message to everyone who has influence on the parties', 'use it now.', 'United Nations', 'calling_for_talks', 'neutral', '',
  'appeal to those with influence')
R(S, 'Mohammed Alloush of the opposition High Negotiations Committee', 'bombing of civilians continued.', 'High Negotiations Committee', 'condemning', 'negative', 'Syria',
  'judgement on the Government + refusal to return in protest = condemning (labels/README)')
R(S, "Mr. de Mistura's door remains open", 'deciding on a date.', 'United Nations', 'calling_for_talks', 'neutral', '',
  'offer of talks to all delegations')
R(S, 'We hope the parties will come back to the table.', 'to the table.', 'United Nations', 'calling_for_talks', 'positive', '',
  'hope for a return to talks = calling_for_talks')
R(S, "Syria's Permanent Representative has said this week", 'also killed civilians.', 'Syria', 'condemning', 'negative', '',
  'position reported in the question; accusation by describing the shelling of civilians; armed groups not canonical -> target empty')
R(S, 'The Secretary-General condemns the killing of civilians wherever it happens', 'in recent days.', 'United Nations', 'condemning', 'negative', '',
  'condemnation of attacks by all sides -> target empty')
R(S, 'Access to eastern Aleppo is extremely limited', 'partners on the ground.', 'United Nations', 'neutral', 'negative', '',
  'facts on access')
R(S, 'The Council will hear from the Secretariat on Syria', 'as soon as we have a date.', 'United Nations', 'neutral', 'neutral', '',
  'plan of a briefing = neutral')

# ---------------------------------------------------------------- Palestine / MFA
P = 'page_palestine_tiph_hebron2019_mfa.html'
R(P, 'The Ministry of Foreign Affairs and Expatriates welcomes the joint statement', 'against the mission.', 'Palestine', 'supporting', 'positive', '',
  'welcome of the five ministers\' statement = supporting; five states -> target empty')
for st in ['Norway', 'Sweden', 'Switzerland', 'Italy', 'Turkey']:
    R(P, 'The Ministry of Foreign Affairs and Expatriates welcomes the joint statement', 'against the mission.', st, 'condemning', 'negative', 'Israel',
      'joint statement of the five contributing states reported by the ministry, one row per state; regret of the decision + rejecting the accusations = condemning (labels/README: regretted)')
for st in ['Norway', 'Sweden', 'Switzerland', 'Italy', 'Turkey']:
    R(P, 'The five Ministers also said that the mission could resume', 'people of Hebron.', st, 'calling_for_talks', 'neutral', 'Israel',
      "'The five Ministers' = the five states, one row each; offer to resume at both parties' request + reminder of duties, no judgement word")
R(P, 'The Ministry extends its deep thanks to the five States', 'had not forgotten them.', 'Palestine', 'supporting', 'positive', '',
  'gratitude to the five states -> target empty')
R(P, 'The Ministry also values the statement of the Spokesman', 'for their service.', 'Palestine', 'supporting', 'positive', 'United Nations',
  'approval of the UN statement')
R(P, 'The Ministry also values the statement of the Spokesman', 'for their service.', 'United Nations', 'supporting', 'positive', '',
  "second actor: the SG's gratitude to the contributors and the mission = supporting; several addressees -> target empty")
R(P, 'Israeli officials, meanwhile, have persisted', 'support these claims.', 'Israel', 'condemning', 'negative', 'Temporary International Presence in Hebron',
  "officials of a named government = Israel; accusing the observers of bias")
R(P, 'Israeli officials, meanwhile, have persisted', 'support these claims.', 'Palestine', 'condemning', 'negative', 'Israel',
  "the ministry's own framing: 'campaign', 'without a single piece of evidence' = judgement")
R(P, 'The Ministry calls on the international community to turn these positions', 'occupied State of Palestine.', 'Palestine', 'calling_for_talks', 'neutral', '',
  'appeal for an international protection mechanism = protection of civilians')
R(P, 'Minister of Foreign Affairs and Expatriates Dr. Riyad al-Maliki sent identical letters', 'soldiers who protect them.', 'Palestine', 'condemning', 'negative', 'Israel',
  'FM = Palestine; total rejection of the decision + warning = judgement')
R(P, 'Dr. al-Maliki stressed that the Palestinian side had signed', 'refused to do the same.', 'Palestine', 'condemning', 'negative', 'Israel',
  'holds the occupying Power solely responsible for the end of the mission (own compliance stated as contrast)')
R(P, '"Hebron has known the cost of the absence of witnesses before.', 'the Minister wrote.', 'Palestine', 'neutral', 'negative', '',
  'two-sentence quote closed by its speaker; historical argument, the settler is not an actor and no appeal is stated (unsure: implied appeal for an international presence)')
R(P, 'The Minister requested that the Security Council consider practical measures', 'report of the Secretary-General of August 2018.', 'Palestine', 'calling_for_talks', 'neutral', 'United Nations',
  'request to the Security Council for protection of civilians = calling_for_talks (labels/README: pursuing UN protection)')
R(P, 'The Mayor of Hebron, Tayseer Abu Sneineh', 'to their homes.', 'Palestine', 'supporting', 'positive', 'Temporary International Presence in Hebron',
  'local official resolves to his state (labels/README: provincial officials); praise of the observers\' reports (unsure: could be neutral)')
R(P, 'The Ministry of Foreign Affairs and Expatriates condemns in the strongest terms the decision', 'in the Old City.', 'Palestine', 'condemning', 'negative', 'Israel',
  "condemnation of Netanyahu's decision; 'crimes of the occupation army' = judgement")
R(P, 'Netanyahu claimed on Monday that the observers', 'end of the month.', 'Israel', 'condemning', 'negative', 'Temporary International Presence in Hebron',
  'PM = Israel; accusation that the observers worked against Israel + ending their stay = expulsion measure')
R(P, 'The Ministry holds the Israeli Government fully and directly responsible', 'massacre at the Ibrahimi Mosque.', 'Palestine', 'condemning', 'negative', 'Israel',
  "'fully responsible' = judgement")
R(P, 'The decision is a unilateral breach of the Hebron Protocol', 'every obligation it has signed.', 'Palestine', 'condemning', 'negative', 'Israel',
  'the release speaks in the ministry\'s voice without a verb of saying; breach + contempt = judgement')
R(P, 'The Ministry calls on the contributing States and on the members of the Security Council', 'not left without protection.', 'Palestine', 'calling_for_talks', 'neutral', '',
  'appeal to several states and the Council to act for protection; several addressees -> target empty')

# ---------------------------------------------------------------- Libya / live blog
L = 'page_libya_afriqiyah_hijack2016_liveblog.html'
R(L, "Italy's new foreign minister, Angelino Alfano, has phoned", 'from the Farnesina.', 'Italy', 'supporting', 'positive', 'Malta',
  'FM = Italy; congratulations to Malta\'s forces = praise; Farnesina = the Italian foreign ministry (not a speaker here)')
R(L, 'Alfano said Italy was ready to help Malta and Libya', 'for the investigation.', 'Italy', 'supporting', 'positive', '',
  'offer of technical assistance to two states -> target empty')
R(L, 'Great relief that all passengers and crew', 'are safe.', 'United Nations', 'neutral', 'positive', '',
  'embedded post of the UN envoy; relief, no position on an actor')
R(L, 'Thank you to #Malta for its calm response.', 'calm response.', 'United Nations', 'supporting', 'positive', 'Malta',
  'thanks = supporting')
R(L, 'Political disagreements in #Libya must be settled by dialogue', 'taking civilians hostage.', 'United Nations', 'calling_for_talks', 'negative', '',
  "appeal for dialogue; the rejection of hostage-taking is general, the hijackers are not named (unsure: implicit judgement of the hijackers)")
R(L, 'The council said it was deeply grateful to the government and armed forces of Malta', 'throughout the day.', 'Libya', 'supporting', 'positive', 'Malta',
  "Presidential Council of the internationally recognised government = Libya (officeholders list Sarraj under Libya; some pages use Government of National Accord); gratitude")
R(L, 'It also said that Fayez al-Sarraj had ordered an immediate investigation', 'held to account.', 'Libya', 'neutral', 'negative', '',
  'inquiry into its own airport security and its own officials = own measure, no other actor judged')
R(L, 'Sarraj and Muscat spoke by telephone during the standoff', 'said earlier.', 'Malta', 'neutral', 'neutral', '',
  "fact of a call given by the Maltese PM's office (a meeting in narrative is not a position of both participants)")
R(L, '"Today the country saw its soldiers and police at their best.', 'Busuttil said in a statement.', 'Nationalist Party (Malta)', 'supporting', 'positive', 'Malta',
  'opposition leader = his party; backing for the government and services; the previous sentence is a lead-in (no row)')
R(L, 'He said the negotiators, led by the commander', 'off the aircraft.', 'Malta', 'calling_for_talks', 'neutral', 'Al-Fateh Al-Jadid',
  "'He' = Muscat; talks offered on condition that all are released = conditional offer of talks (labels/README) (unsure: could be neutral procedure)")
R(L, '"There was no request for asylum, whatever has been said elsewhere.', 'Muscat said.', 'Malta', 'condemning', 'negative', 'Al-Fateh Al-Jadid',
  "two-sentence quote closed by its speaker; denial + 'face the full force of Maltese law' = threatened response against the hijackers")
R(L, 'He added that a grenade and a pistol had been taken', 'whether the weapons were real.', 'Malta', 'neutral', 'neutral', '',
  'facts of the investigation')
R(L, 'He rejected as untrue an earlier claim by a Libyan minister', 'remain on the island.', 'Malta', 'neutral', 'negative', '',
  "denial of Libya's account = neutral, negative (not a judgement on Libya)")
R(L, 'Last crew members have come off the aircraft together with the two men.', 'with the two men.', 'Malta', 'neutral', 'neutral', '',
  "embedded post of Muscat = Malta; fact")
R(L, 'Both have surrendered, been searched and are now in custody.', 'now in custody.', 'Malta', 'neutral', 'neutral', '',
  'fact (the custody is reported, not threatened)')
R(L, 'Well done to everyone involved.', 'everyone involved.', 'Malta', 'neutral', 'positive', '',
  'praise of its own services and the negotiators = self-praise (labels/README) (unsure: supporting with an empty target)')
R(L, 'Ashraf al-Tulty, a spokesman for the Presidential Council', 'others on board.', 'Libya', 'neutral', 'neutral', '',
  'council spokesman = Libya; fact of an MP on board + contact with Malta; Tripoli = place')
R(L, 'All 111 passengers, 82 men, 28 women and a baby', 'according to the Maltese government.', 'Malta', 'neutral', 'neutral', '',
  'figures given by the Maltese government')
R(L, "Libya's foreign minister in the unity government, Mohamed Taher Siala", 'announce a new party.', 'Libya', 'neutral', 'neutral', '',
  'FM = Libya; account of the hijackers\' aims = facts')
R(L, "Libya's foreign minister in the unity government, Mohamed Taher Siala", 'announce a new party.', 'Al-Fateh Al-Jadid', 'neutral', 'neutral', '',
  'the hijackers\' demands reported by Siala = their statement (a position of X reported by Y); a request for asylum and a plan, no judgement')
R(L, 'Siala said the government was working with Valletta minute by minute', 'home unharmed.', 'Libya', 'neutral', 'positive', '',
  'surname only; Valletta = Malta as metonym but only a partner here; cooperation and own priority, no appeal to anyone (unsure: could be supporting Malta)')
R(L, "Libya's Channel TV says it has spoken by phone to one of the hijackers", "Gaddafi's 1969 coup.", 'Al-Fateh Al-Jadid', 'neutral', 'neutral', '',
  'the hijacker\'s self-description relayed by a TV channel (media not an actor)')
R(L, 'According to the channel, the man said the two of them wanted', 'anyone on board.', 'Al-Fateh Al-Jadid', 'neutral', 'neutral', '',
  'aim of publicity + reassurance = neutral')
R(L, 'The airline said in a statement that the captain, Ali Milad', "Tripoli's Mitiga airport.", 'Afriqiyah Airways', 'condemning', 'negative', 'Al-Fateh Al-Jadid',
  'account of the crew threatened with a grenade = accusation by describing an attack on civilians (guide rule 4) (unsure: could be neutral facts)')
R(L, 'Afriqiyah flight from Sabha to Tripoli has been diverted to Malta and is on the ground.', 'is on the ground.', 'Malta', 'neutral', 'neutral', '',
  'embedded post of Muscat; fact')
R(L, 'Our security and emergency services are coordinating the response.', 'the response.', 'Malta', 'neutral', 'neutral', '',
  'own measures')

# ---------------------------------------------------------------- Qatar / daily
Q = 'page_qatar_almurrah_electionlaw2021_dailyscrape.txt'
R(Q, 'Human Rights Watch said on Thursday that the rules', 'who objected to them.', 'Human Rights Watch', 'condemning', 'negative', 'Qatar',
  'exclusion of citizens + detentions of objectors = judgement by accusation')
R(Q, '"A first election should widen the circle', 'at the New York-based group.', 'Human Rights Watch', 'condemning', 'negative', 'Qatar',
  'two-sentence quote closed by its speaker; HRW official = HRW')
R(Q, 'The group said members of the Al Murrah tribe living outside Qatar', 'two lawyers and a poet.', 'Human Rights Watch', 'neutral', 'neutral', '',
  "'The group' = HRW; arrest figures relayed from unnamed tribe members = facts")
R(Q, 'It urged the government to free anyone held only for peaceful criticism', 'on an equal footing.', 'Human Rights Watch', 'calling_for_talks', 'neutral', 'Qatar',
  "'It' = HRW; release and amendment demands, no judgement word (as Amnesty's demands in other pages)")
R(Q, 'In a reply published by the rights group, Qatar\'s Government Communications Office said', 'proper legal channels.', 'Qatar', 'neutral', 'neutral', '',
  'government office = Qatar; defence of its own laws + readiness to hear concerns (unsure: could be read as a mild offer of dialogue)')
R(Q, 'The office rejected any suggestion that the laws were discriminatory', 'in the same way.', 'Qatar', 'neutral', 'negative', '',
  'denial = neutral, negative')
R(Q, 'In early August, members of the Al Murrah', 'criticising the new rules.', 'Al Murrah', 'condemning', 'negative', 'Qatar',
  'tribe members protesting collectively = the tribe as a group; protest and criticism of the rules = act of protest (unsure: background narration)')
R(Q, 'On August 8 the interior ministry said it had referred seven people', 'on social media.', 'Qatar', 'condemning', 'negative', '',
  'ministry = Qatar; referral to prosecution with accusations = measure; seven unnamed people -> target empty')
R(Q, 'The ministry said it would not allow anyone to exploit the elections', 'met firmly.', 'Qatar', 'condemning', 'negative', '',
  'warning of firm action = threat; no named target')
R(Q, 'In a recording made days before his arrest, al-Marri said', 'put their case to him.', 'Hazza bin Ali al-Marri', 'calling_for_talks', 'neutral', 'Qatar',
  'denies threats and asks to meet the Emir = request for dialogue (the Emir speaks for Qatar)')
R(Q, '"Those who say we will take up weapons', 'he said.', 'Hazza bin Ali al-Marri', 'neutral', 'negative', '',
  "two-sentence quote closed by 'he said'; denial with a barb at unnamed rumour-spreaders = neutral, negative")
R(Q, 'On August 11, after tribal elders met government officials', 'look into their demands.', 'Al Murrah', 'calling_for_talks', 'positive', 'Qatar',
  'ending the sit-in after talks and trusting the Emir to review = de-escalation after dialogue (unsure: could be supporting the Emir)')
R(Q, 'The Gulf Centre for Human Rights said last month', 'as crimes.', 'Gulf Centre for Human Rights', 'condemning', 'negative', 'Qatar',
  'accusation of criminalising peaceful protest')
R(Q, 'Amnesty International said the arrests had cast a shadow', 'historic vote.', 'Amnesty International', 'condemning', 'negative', 'Qatar',
  'negative judgement of the arrests')
R(Q, 'A Qatari official, speaking on condition of anonymity, said', 'public prosecution.', 'Qatar', 'neutral', 'neutral', '',
  'unnamed official of a named government = Qatar (guide); facts on releases')
R(Q, "Qatar's National Human Rights Committee said", 'with the authorities.', 'National Human Rights Committee (Qatar)', 'neutral', 'neutral', '',
  'national rights body as its own organisation; complaints received and follow-up = facts')
R(Q, 'Dr. Faris Al-Nuaimi, a Kuwait-based researcher', 'calm the street quickly.', 'Faris Al-Nuaimi', 'neutral', 'neutral', '',
  'independent analyst = own actor; assessment without position')
R(Q, '"The question of who counts as a full citizen', 'he said.', 'Faris Al-Nuaimi', 'neutral', 'negative', '',
  'analysis, no judgement on an actor or appeal')
R(Q, 'He said the new council would be wise to put the nationality law', 'back onto social media.', 'Faris Al-Nuaimi', 'calling_for_talks', 'neutral', 'Qatar',
  "'He' = the analyst; advice to review the law through the council = appeal for a peaceful political course (unsure: policy advice)")
R(Q, 'The cabinet reviewed preparations for the vote', 'to take part.', 'Qatar', 'neutral', 'positive', '',
  'cabinet = Qatar; plans + urging citizens to vote (not a call for talks)')
R(Q, 'The interior ministry, which runs the elections, said the final list', 'had been heard.', 'Qatar', 'neutral', 'neutral', '',
  'procedure')
