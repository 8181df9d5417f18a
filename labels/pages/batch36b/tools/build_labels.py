"""Hand labels for batch36b. Every row below was decided by reading the sentence in its page
against /work/shared/labelling-guide.md and /work/main/labels/README.md; this script only writes
them out as CSV and checks that each sentence occurs verbatim in the page's visible text."""
import csv, html, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

C, S, T, N = "condemning", "supporting", "calling_for_talks", "neutral"
neg, neu, pos = "negative", "neutral", "positive"

ROWS = []  # (doc, sentence, actor, stance, sentiment, target, note)


def add(doc, sentence, *labels):
    for actor, stance, sent, target, note in labels:
        ROWS.append((doc, sentence, actor, stance, sent, target, note))


# ---------------------------------------------------------------- page 1: Somalia, Daallo bomb claim (wire)
d = "page_somalia_daallo_laptopbomb2016_wire.txt"
# No rows: nav line, headline, byline, read time, dateline (not part of the first unit), the narrated blast
# ("The blast on Feb 2 killed only ..."), "The pilot turned back ...", background on the group, the crosshead,
# "Investigators believe ... officials identified ..." (unnamed investigators/officials), closing background,
# credits, standards line, related links, share bar, copyright.
add(d, "Somalia's al Shabaab militants said on Saturday they had smuggled the bomb that tore a hole in a Daallo Airlines passenger jet shortly after take-off from Mogadishu this month, and that the attack had been planned against a Turkish Airlines flight.",
    ("Al-Shabaab", N, neg, "", "dateline excluded from the unit; claim of its own attack reported as done, no judgement in this sentence (the grievance follows) = neutral (unsure: the stated target, a Turkish flight, could make it condemning)"))
add(d, "In a statement emailed to media late on Saturday, the Islamist group said the bombing was its answer to years of raids and air strikes by Western forces and their intelligence services in Somalia, and it named Turkey, a NATO member that has become one of Mogadishu's biggest donors and investors, as a partner in that campaign.",
    ("Al-Shabaab", C, neg, "", "'the Islamist group' = al-Shabaab; attack justified as retaliation + Turkey named as a partner in the campaign = judgement; Western forces and Turkey -> several targets, empty; Mogadishu = metonym inside the description, not a speaker"))
add(d, "\"The officials of these countries will find no safe seat in our skies or on our roads, whatever machines they put in their airports,\" the statement said.",
    ("Al-Shabaab", C, neg, "", "threat against officials of several countries = condemning; target empty (several)"))
add(d, "The government of Prime Minister Omar Abdirashid Ali Sharmarke said on Sunday the claim proved that the militants were willing to kill dozens of ordinary travellers in order to win a headline.",
    ("Somalia", C, neg, "Al-Shabaab", "the government = Somalia; accusation against 'the militants' (al-Shabaab) = judgement"))
add(d, "\"They have confessed to a crime against every family that flies in and out of this country, and they will be hunted down for it,\" government spokesman Abdisalam Aato told Meridian Wire.",
    ("Somalia", C, neg, "Al-Shabaab", "government spokesman = Somalia; 'crime' + threat of pursuit"))
add(d, "Transport and Aviation Minister Ali Ahmed Jama had said on Feb 6 that experts had confirmed a bomb, and not a mechanical failure, caused the blast, reversing the first account given by officials, who had spoken of a sudden loss of cabin pressure.",
    ("Somalia", N, neu, "", "minister = Somalia; findings of the inquiry = facts"))
add(d, "Aato said more than 20 people had been detained, including two men who were filmed by airport cameras handing a laptop computer to the suspected bomber after he had passed through the security checkpoint.",
    ("Somalia", N, neu, "", "surname only = the spokesman; arrests of suspects (not actors) given as facts"))
add(d, "One of the two men was wearing the reflective vest issued to airport workers, he said.",
    ("Somalia", N, neu, "", "'he' = Aato; detail of the investigation"))
add(d, "The government will put new scanners and a separate screening line for airport staff into service before the end of the month, Aato said, adding that the inquiry was being run \"with the help of friendly countries\".",
    ("Somalia", N, neu, "", "plans and procedure for its own airport; thanks to unnamed 'friendly countries' too vague for a supporting row"))
add(d, "A US official in Washington said the FBI had sent a team to examine the aircraft and residue from the blast at the request of the Somali authorities.",
    ("United States", S, neu, "Somalia", "unnamed official of a named government speaks for it; FBI team sent = assistance given (backing by act); Washington = place"))
add(d, "\"We are giving Somalia whatever technical support it needs to find out how that device got on board,\" the official said, speaking on condition of anonymity.",
    ("United States", S, pos, "Somalia", "offer of technical support = supporting"))
add(d, "Daallo's chief executive, Mohamed Ibrahim Yassin Olad, has said most of the passengers on the Djibouti-bound flight, including the suspected bomber, had checked in for a Turkish Airlines service that was cancelled that morning, and that Daallo had agreed to take them.",
    ("Daallo Airlines", N, neu, "", "the airline's chief executive speaks for the company (new actor); facts about the booking"))
add(d, "\"We made room for people who would otherwise have spent the day in the terminal, and one of them was carrying a bomb,\" he told Meridian Wire by telephone from Dubai on Sunday.",
    ("Daallo Airlines", N, neg, "", "account of its own decision, rueful tone, no judgement of an actor"))
add(d, "He said the airline would keep flying to Mogadishu.",
    ("Daallo Airlines", N, neu, "", "plan of its own"))
add(d, "President Hassan Sheikh Mohamud has praised the pilot and cabin crew for bringing the damaged aircraft back safely.",
    ("Somalia", S, pos, "Daallo Airlines", "head of state = Somalia; praise of the airline's pilot and crew = supporting the airline (unsure: target could be left empty as praise of individuals)"))
add(d, "Turkey's foreign ministry said in a statement that it condemned the attack \"in the strongest terms\" and that Ankara would not scale back its aid and building projects in Somalia because of threats.",
    ("Turkey", C, neg, "Al-Shabaab", "condemnation + continued aid in one sentence: rule 1 -> condemning; the attack is the claimed al-Shabaab attack; Ankara = metonym"))
add(d, "\"Turkey will continue to stand shoulder to shoulder with the Somali people,\" the ministry said.",
    ("Turkey", S, pos, "Somalia", "solidarity = supporting"))
add(d, "The African Union's special representative for Somalia, Francisco Madeira, said the AMISOM peacekeeping force would give Somali police more support in guarding the airport perimeter, which borders the mission's main base.",
    ("African Union", S, neu, "Somalia", "AU special representative and AMISOM = African Union; more security support offered = supporting"))
add(d, "The pilot, Vlatko Vodopivec, has told reporters that ground workers and strangers mingle around parked planes in Mogadishu with no one checking who they are.",
    ("Vlatko Vodopivec", C, neg, "", "independent person (new actor); criticism of lax airport security, aimed at no canonical actor -> target empty (unsure: could be neutral as a factual description)"))
add(d, "Michael Keating, the United Nations special envoy for Somalia, said an attack on a civilian airliner was a crime under any law and urged the authorities to bring the plotters to justice quickly and transparently.",
    ("United Nations", C, neg, "Al-Shabaab", "UN envoy = United Nations; 'a crime under any law' = judgement of the claimed attack; the appeal for justice does not lower it (rule 1)"))
add(d, "Sagal Ali Warfa, a security researcher in Nairobi, said the video was more alarming than the claim itself.",
    ("Sagal Ali Warfa", N, neg, "", "independent analyst (new actor); alarm without an appeal or judgement = neutral, negative"))
add(d, "\"If a worker in a safety vest can walk a bomb past the checkpoint, the government has to vet every person who holds an airport pass, not just arrest the two men on camera,\" she said.",
    ("Sagal Ali Warfa", T, neg, "Somalia", "'has to' appeal addressed to the government, no judgement word = calling_for_talks by the labels/README rule for demands (unsure: 'not just arrest the two men' could be read as criticism = condemning)"))

# ---------------------------------------------------------------- page 2: Namibia, MV Kathrin (state news agency)
d = "page_namibia_mvkathrin_docking2024_stateagency.txt"
# No rows: menu, headline, date/byline, the dateline, "The MV Kathrin was last reported ... could not be reached"
# (narration; no Israeli statement), sign-off codes, tags, related, share, copyright.
add(d, "The Government of the Republic of Namibia has reaffirmed that the cargo vessel MV Kathrin, which was found to be carrying explosive material destined for the State of Israel, will not be permitted to enter Namibian waters or to berth at any Namibian port, the Minister of Justice, Yvonne Dausab, said at a media briefing in Windhoek on Monday.",
    ("Namibia", C, neu, "Israel", "dateline excluded; minister = Namibia; refusal of entry maintained against a ship carrying Israel-bound explosives = a taken measure against Israel's supply line (like a ban or expulsion) (unsure: target could be empty, the measure falls on a ship)"))
add(d, "Dausab said that as soon as the first reports about the cargo reached her office in the week of 19 August, she had alerted the relevant line ministries and asked that the application for the ship to call at Walvis Bay be turned down, drawing their attention to the duties which the country bears under international law, including those set out by the International Court of Justice in its advisory opinion of July on Israel's occupation of the Palestinian territory.",
    ("Namibia", N, neu, "", "account of the procedure that led to the decision; the ICJ opinion is cited, not ICJ speaking here (unsure: the request to refuse the ship could be counted as the measure again)"))
add(d, "\"Namibia cannot be a refuelling stop for explosives that will end up in bombs dropped on civilians in Gaza. We were colonised and we survived a genocide ourselves, so we know what it costs when the world looks away. Our harbours will not be used to keep that war going,\" the Minister said.",
    ("Namibia", C, neg, "Israel", "multi-sentence quote closed by its speaker = one unit; bombs dropped on civilians in Gaza = accusation of Israel's conduct + refusal"))
add(d, "She said Namibia had no quarrel with the owners or the crew of the vessel, and that every ship which complies with the laws of the Republic remains welcome at its ports.",
    ("Namibia", N, neu, "", "reassurance about its own conduct"))
add(d, "The Minister, however, cautioned that any other vessel found to be carrying military cargo for use in the occupied Palestinian territory would be refused in the same manner.",
    ("Namibia", C, neg, "Israel", "warning of the same measure for any further cargo = threatened response"))
add(d, "In a letter dated 24 August 2024, the Inspector-General of the Namibian Police Force, Lieutenant General Joseph Shikongo, informed the shipping agent of the vessel that the permission granted to the MV Kathrin on 13 August had been withdrawn, after an additional document submitted on the same day showed that part of the consignment, namely RDX hexogen explosives, was consigned to Israel.",
    ("Namibia", N, neu, "", "police chief = Namibia; the permit withdrawal stated as a procedure with its documentary reason, no judgement (unsure: the withdrawal itself could be condemning Israel)"))
add(d, "According to the police, the initial application lodged on 2 August listed Haiphong in Vietnam as the port of loading and Koper in Slovenia as the port of discharge, with 60 containers of trinitrotoluene (TNT) and eight containers of hexogen explosives on board.",
    ("Namibia", N, neu, "", "'the police' = Namibia; facts of the application; Vietnam and Slovenia are places"))
add(d, "The Chief Executive Officer of the Namibian Ports Authority (Namport), Andrew Kanime, said the port authority had at no stage received the pre-clearance documents required for the vessel to berth at Walvis Bay, and that Namport would continue to act within the rules of the International Maritime Organisation and the directives of Government.",
    ("Namibia", N, neu, "", "Namport is a state-owned port authority: resolved to its state like a state agency (unsure: could be its own company actor); facts and procedure"))
add(d, "In a separate statement issued on Monday, the Minister of International Relations and Cooperation, Dr Peya Mushelenga, said the decision was consistent with Namibia's long-standing solidarity with the Palestinian people and with its support for their inalienable right to an independent and viable State with East Jerusalem as its capital.",
    ("Namibia", S, pos, "Palestine", "foreign minister = Namibia; solidarity and support for statehood = supporting Palestine"))
add(d, "Mushelenga further called for an immediate and permanent ceasefire in Gaza, the unhindered entry of humanitarian assistance and the release of all hostages, and urged all States to refrain from any act that could prolong the hostilities.",
    ("Namibia", T, neu, "", "ceasefire, aid access, hostages, appeal to all States, no judgement = calling_for_talks; several addressees -> empty"))
add(d, "In January, the Government strongly criticised the decision of the Federal Republic of Germany to intervene on the side of Israel in the genocide case brought by South Africa before the International Court of Justice, recalling the genocide committed by German colonial forces against the Ovaherero and Nama people between 1904 and 1908.",
    ("Namibia", C, neg, "Germany", "a specific past act (January criticism) reported as done = statement; 'strongly criticised' = judgement of Germany"))
add(d, "Meanwhile, the United Nations Special Rapporteur on the situation of human rights in the Palestinian territories occupied since 1967, Francesca Albanese, on Saturday commended Namibia for upholding international law by refusing the vessel access to its port.",
    ("United Nations", S, pos, "Namibia", "Special Rapporteur = United Nations (Albanese is a UN alias in actors.csv); praise = supporting"))
add(d, "Albanese, who said the explosives were believed to be components of bombs and missiles used in Gaza, expressed the hope that Angola, along whose coast the vessel was reported to be sailing, would likewise refuse to let it call at its ports.",
    ("United Nations", T, neu, "Angola", "an appeal to Angola to refuse the ship, without a judgement of Angola = calling_for_talks by the demand rule (unsure: the appeal is for a measure, not for talks)"))
add(d, "She also repeated her call on all States to stop the transfer of arms and ammunition to Israel.",
    ("United Nations", C, neg, "Israel", "call for an arms embargo on Israel = call for sanctions = condemning (labels/README)"))
add(d, "In Lisbon, the Portuguese Minister of Foreign Affairs, Paulo Rangel, has stated that the ship, which flies the Portuguese flag under the Madeira register but is owned by a German company, was not sailing to Israel.",
    ("Portugal", N, neg, "", "foreign minister = Portugal; denial of the reported destination = neutral, negative tone (denial); Lisbon = place"))
add(d, "The Left Bloc, an opposition party in the Portuguese Parliament, has launched a petition asking that the vessel be stripped of the Portuguese flag and that its cargo be returned to its point of origin.",
    ("Left Bloc", C, neg, "", "call for a measure against the ship (removal of the flag, cargo sent back) = like a call for sanctions; the shipowner is not an actor -> target empty (unsure: could be calling_for_talks addressed to the Portuguese government)"))
add(d, "Locally, the Chairperson of the Economic and Social Justice Trust, Herbert Jauch, welcomed the decision of Government, saying that a nation which had relied on international solidarity during its own liberation struggle could not now lend its harbours to a war that had taken the lives of tens of thousands of Palestinians.",
    ("Economic and Social Justice Trust", S, pos, "Namibia", "NGO chair speaks for the trust (new actor); welcome = supporting; the war is described without naming a side"))
add(d, "Jauch, however, faulted Namport for what he described as a slow and evasive first response to questions from the public about the ship, and called on all State entities to speak with one voice on the matter.",
    ("Economic and Social Justice Trust", C, neg, "Namibia", "'faulted' the state port authority = judgement; Namport resolved to Namibia as above"))
add(d, "A Windhoek-based lecturer in international law, Dr Selma Amutenya, told this agency that the decision placed Namibia among a small group of States which had taken practical steps, and not merely issued statements, following the advisory opinion of the International Court of Justice.",
    ("Selma Amutenya", S, pos, "Namibia", "independent academic (new actor); approving assessment of the decision = supporting"))
add(d, "She said that other coastal States along the main shipping routes around Africa should now examine closely what passes through their ports, since the obligation not to assist in a possible genocide applies to every State without exception.",
    ("Selma Amutenya", T, neu, "", "'should' appeal to coastal States in general, no actor judged = calling_for_talks (appeal), target empty"))

# ---------------------------------------------------------------- page 3: Burundi, resolution 2248 (UN meetings coverage)
d = "page_burundi_res2248_sanctionswarning2015_unmeetings.txt"
# No rows: site menus, date, headline, the meeting times, speaker name tags alone, "* *** *", "not an official
# record", related links, copyright. The resolution's request to the Secretary-General (a procedural step) is kept
# as a neutral row.
add(d, "Alarmed by the mounting toll of killings, torture and arbitrary arrests in Burundi, the Security Council this morning condemned in the strongest terms every violation and abuse of human rights committed in the country, by whatever side, and warned that it stood ready to weigh further steps against Burundians whose conduct or rhetoric kept the violence going or obstructed a negotiated way out.",
    ("United Nations", C, neg, "", "the Security Council = United Nations; condemnation + threatened measures; 'whoever committed them' -> no single target"))
add(d, "Unanimously adopting resolution 2248 (2015), the Council urged the Government of Burundi to uphold the human rights and fundamental freedoms of all Burundians, in line with its international obligations, and to hold to account all those responsible for violence, including members of the security forces.",
    ("United Nations", T, neu, "Burundi", "demand to the government with no judgement word = calling_for_talks (labels/README: demands to one side)"))
add(d, "It called on the Government and all other parties to cooperate fully with the mediation led by the East African Community and endorsed by the African Union, with President Yoweri Museveni of Uganda as mediator, so that an inclusive dialogue among Burundians could begin without further delay.",
    ("United Nations", T, pos, "", "call for dialogue and mediation addressed to all parties -> target empty; Museveni is named as mediator, not a speaker"))
add(d, "The Council also requested the Secretary-General to deploy a team to Burundi and to report within 15 days on options for a future United Nations presence in the country.",
    ("United Nations", N, neu, "", "procedural request inside the UN = neutral"))
add(d, "FRANÇOIS DELATTRE (France), whose delegation had drafted the text, said the Council had acted because Burundi stood at a dangerous crossroads, with inflammatory speeches by senior officials and bodies found in the streets of the capital every morning raising the spectre of mass atrocities.",
    ("France", C, neg, "Burundi", "speaker for France; 'inflammatory speeches by senior officials' = judgement of Burundi's officials"))
add(d, "He said the text opened the way for the Council to single out by name those who incited or committed violence, and that France would not hesitate to propose such steps if the situation deteriorated further.",
    ("France", C, neg, "", "threat of targeted sanctions = condemning; aimed at inciters on any side -> target empty"))
add(d, "Only a genuine dialogue among all Burundians, in keeping with the Arusha Agreement, could pull the country back from the brink, he added.",
    ("France", T, neu, "", "appeal for inclusive dialogue"))
add(d, "SAMANTHA POWER (United States) said recent language used by the President of the Senate and other officials, who had spoken of \"working\" in neighbourhoods regarded as hostile, recalled in a chilling way the rhetoric heard in the region in 1994.",
    ("United States", C, neg, "Burundi", "comparison of Burundian officials' language with 1994 rhetoric = judgement; the Senate President is cited, not speaking"))
add(d, "She urged the Government to halt the house-to-house disarmament operations in opposition areas, to free those detained for their political views and to take part in talks with the opposition, whether inside or outside the country.",
    ("United States", T, neg, "Burundi", "demands to stop operations, free detainees and attend talks, no judgement word = calling_for_talks"))
add(d, "Washington was also reviewing its own bilateral measures against individuals who stoked the violence, she said.",
    ("United States", C, neg, "", "announced review of sanctions = threatened measures; 'individuals' on any side -> target empty (unsure: target could be Burundi)"))
add(d, "The representative of the Russian Federation said his delegation had supported the text because it respected the sovereignty of Burundi and placed regional organizations at the centre of the response.",
    ("Russia", S, pos, "", "explanation of a vote in favour = approval of the text; it backs Burundi's sovereignty and the regional bodies -> several, empty (unsure: could be neutral as a vote explanation)"))
add(d, "He cautioned, however, against hasty talk of sanctions or of outside intervention, which would only harden positions, and said the Council should avoid dramatizing events that Burundians could still settle among themselves.",
    ("Russia", T, neu, "", "caution against sanctions and intervention aimed at no named actor + settlement among Burundians = appeal for restraint (like 'opposes any escalation') (unsure: an implicit reproach of the sponsors)"))
add(d, "The representative of China said the international community should respect the ownership of the Burundian people and help the Government to preserve stability and development.",
    ("China", S, pos, "Burundi", "call to help the government = backing of Burundi's authorities"))
add(d, "He encouraged all parties to resolve their differences through dialogue and consultation.",
    ("China", T, neu, "", "dialogue appeal to all parties"))
add(d, "The representative of Angola said the region would not stand by while Burundi slid back into conflict, and commended the East African Community and the African Union for the leadership they had shown since April.",
    ("Angola", S, pos, "", "praise of two regional bodies = supporting, target empty (two actors); 'would not stand by' is resolve, not a judgement of an actor"))
add(d, "JOY OGWU (Nigeria) said Africa could not afford another tragedy of the kind the Great Lakes had known, and called on the Burundian authorities to rein in the youth wing of the ruling party, the Imbonerakure, and to make sure that no armed group acted in the name of the State.",
    ("Nigeria", T, neg, "Burundi", "demand to the authorities to rein in the Imbonerakure, without a judgement word = calling_for_talks, negative tone (unsure: implies the state tolerates the militia = condemning)"))
add(d, "RAFAEL DARÍO RAMÍREZ CARREÑO (Venezuela) said the crisis had to be resolved by Burundians themselves through dialogue, with the support of the region, and that the Council should refrain from any step that could be read as interference in the internal affairs of a sovereign State.",
    ("Venezuela", T, neu, "", "dialogue among Burundians + restraint by the Council, no judgement = calling_for_talks"))
add(d, "GERARD VAN BOHEMEN (New Zealand) said the Council had waited far too long to speak with one voice on Burundi, and that the warnings it had received from the Secretariat since the spring had largely gone unheeded.",
    ("New Zealand", C, neg, "United Nations", "self-criticism of the Council: 'waited far too long', warnings 'unheeded' = judgement of the Council (United Nations) (unsure: target)"))
add(d, "The representative of Chad welcomed the decision of the African Union Peace and Security Council of 17 October to begin contingency planning for an African-led mission, and said Africa was prepared to shoulder its responsibilities.",
    ("Chad", S, pos, "African Union", "welcome of the AU PSC decision = supporting the AU"))
add(d, "RAIMONDA MURMOKAITĖ (Lithuania) said those responsible for killings and torture, whichever side they were on, must be brought to justice, and she noted that the Prosecutor of the International Criminal Court had announced that her Office was following events closely.",
    ("Lithuania", T, neg, "", "demand for accountability on all sides, no judgement of a named actor = calling_for_talks; the ICC Prosecutor's announcement is cited as background, not a new statement here (unsure: a warning)"))
add(d, "The representative of Spain said his country was ready, together with its partners in the European Union, to consider further restrictive measures against those who undermined peace in Burundi.",
    ("Spain", C, neg, "", "readiness to adopt restrictive measures = threatened sanctions; the EU partners are mentioned, the position is Spain's; target empty"))
add(d, "MATTHEW RYCROFT (United Kingdom), speaking in his national capacity, said his country was appalled by the killings and found the near-total absence of credible investigations into them deplorable.",
    ("United Kingdom", C, neg, "Burundi", "'deplorable' absence of investigations = judgement of the authorities"))
add(d, "He welcomed the role of the African Union and its Peace and Security Council, and said the United Kingdom stood ready to support any African-led effort to protect civilians.",
    ("United Kingdom", S, pos, "African Union", "welcome + offer of support = supporting"))
add(d, "ALBERT SHINGIRO (Burundi) said his Government had taken note of the resolution and shared the Council's desire for peace, but that the picture painted by some speakers bore little resemblance to the situation on the ground, where most of the country was calm and only a few neighbourhoods of Bujumbura were troubled by armed criminals.",
    ("Burundi", N, neg, "", "rebuttal of the speakers' account = denial, neutral with negative tone; Bujumbura = place"))
add(d, "He accused some media outlets and opposition figures living abroad of spreading a false narrative of looming genocide in order to invite foreign intervention, and said those behind the failed coup of May were now arming gangs in the capital.",
    ("Burundi", C, neg, "", "accusation against media, exiled opposition and coup plotters = condemning; several non-canonical targets -> empty"))
add(d, "The Government remained open to an inclusive dialogue with all Burundians who renounced violence, he said, and had asked the national commission for inter-Burundian dialogue to widen its consultations.",
    ("Burundi", T, pos, "", "offer of (conditional) dialogue = calling_for_talks (labels/README)"))
add(d, "He also asked the Council to help the authorities disarm civilians, and to condemn the armed groups with the same energy that it devoted to criticizing the Government.",
    ("Burundi", C, neg, "United Nations", "request for help joined to a reproach of the Council's one-sidedness = judgement of the Council (rule 1) (unsure: could be read as a request = neutral)"))

# ---------------------------------------------------------------- page 4: Uganda, OHCHR country office closed (MFA page, HTML)
# (replaces a first page on the 2018 Meskel Square grenade attack in Ethiopia, dropped because blind47b lists a page of
# that event; the draft was moved out of this folder)
d = "page_uganda_ohchr_officeclosure2023_mfa.html"
# No rows: banner, menus, breadcrumb, page title and note, statement titles and meta lines, signatures, sidebar link
# titles, footer.
add(d, "The Ministry of Foreign Affairs notes that the Country Office of the Office of the United Nations High Commissioner for Human Rights (OHCHR) in Kampala has concluded its operations, in accordance with the decision communicated to the Office in February 2023.",
    ("Uganda", N, neu, "", "MFA = Uganda; the closure stated as a fact following its earlier decision"))
add(d, "The Ministry has also noted the statement issued on Saturday by the United Nations High Commissioner for Human Rights, Mr Volker Türk, in which he regretted the closure of the Office after 18 years and expressed concern about the space available to human rights defenders, journalists and the political opposition in Uganda.",
    ("United Nations", C, neg, "Uganda", "the High Commissioner's position reported by the ministry; 'regretted' the closure (labels/README: regret = condemning) + concern about shrinking space = judgement of Uganda; the ministry only 'noted' it: no Uganda row"))
add(d, "The High Commissioner also urged the Government to keep working with his Office in Geneva and with the United Nations system in the country.",
    ("United Nations", T, pos, "Uganda", "appeal for continued cooperation = calling_for_talks"))
add(d, "The Government of Uganda thanks the High Commissioner and the staff of the Country Office for their service over the years, in particular during the difficult period of recovery in Northern Uganda.",
    ("Uganda", S, pos, "United Nations", "thanks = supporting"))
add(d, "Uganda's engagement with the Office of the High Commissioner will henceforth be conducted through its Permanent Mission in Geneva.",
    ("Uganda", N, neu, "", "procedure for future engagement (unsure: could be read as an offer to keep talking = calling_for_talks)"))
add(d, "The Ministry further notes that the Office of the United Nations Resident Coordinator and the agencies of the United Nations Country Team continue to operate in Uganda under their respective agreements with the Government.",
    ("Uganda", N, neu, "", "facts about the other UN entities"))
add(d, "The Ministry regrets that a few actors have chosen to use the closure to portray Uganda in a negative light, and reiterates that the human rights situation in the country is monitored by strong and independent national institutions.",
    ("Uganda", C, neg, "", "'regrets' aimed at the critics' conduct = judgement; unnamed critics -> target empty"))
add(d, "The Ministry has taken note of a statement issued on 15th February 2023 by Human Rights Watch, urging the Government to reverse its decision and calling on concerned States to press Uganda to do so.",
    ("Human Rights Watch", T, neg, "Uganda", "HRW's position reported by the ministry: demand to reverse + appeal to states to press, no judgement word in this sentence = calling_for_talks, negative (labels/README demand rule) (unsure: pressure by other states could be read as condemning); 'taken note' alone gives no Uganda row"))
add(d, "Human Rights Watch further described the decision as a move that would leave victims of abuses with one less place to turn.",
    ("Human Rights Watch", C, neg, "Uganda", "negative judgement of the decision"))
add(d, "The Government categorically rejects this characterisation, which overlooks the many avenues through which Ugandans can seek redress, including the Courts of Law, the Uganda Human Rights Commission and an active and independent civil society.",
    ("Uganda", N, neg, "", "denial of HRW's characterisation = neutral, negative tone (a denial with a barb, as in labels/README and 42a)"))
add(d, "The Ministry has also noted remarks by the Leader of the Opposition in Parliament, Mathias Mpuuga, who told journalists that the Government wanted to be rid of a witness to abuses committed by the security agencies.",
    ("National Unity Platform", C, neg, "Uganda", "Mpuuga = National Unity Platform (alias in actors.csv); accusation against the government"))
add(d, "It is regrettable that such statements seek to present isolated incidents, which are being handled by the relevant institutions, as a pattern of State conduct.",
    ("Uganda", C, neg, "", "'regrettable' aimed at HRW's and the opposition's statements = judgement; two targets -> empty"))
add(d, "The Government reiterates that any complaint concerning the conduct of security personnel should be reported to the Uganda Police Force, the Uganda Human Rights Commission or the Courts of Law, and that officers found culpable have been, and will continue to be, held to account.",
    ("Uganda", N, pos, "", "reassurance about its own conduct and procedures = neutral, positive"))
add(d, "The Permanent Secretary, Ambassador Vincent Bagiire, has replied to correspondence from Human Rights Watch by referring the organisation to the Ministry's earlier communication on the matter.",
    ("Uganda", N, neu, "", "permanent secretary = Uganda; procedural reply"))
add(d, "The Government wishes to assure development partners that the decision does not affect the programmes of the other United Nations agencies, funds and programmes operating in Uganda, with which cooperation remains excellent.",
    ("Uganda", N, pos, "", "reassurance; praise of cooperation in general (unsure: could be supporting the United Nations)"))
add(d, "The Ministry of Foreign Affairs wishes to confirm that, by a Note Verbale dated 3rd February 2023, the Government of the Republic of Uganda informed the Office of the United Nations High Commissioner for Human Rights that the host country agreement for its Country Office in Uganda will lapse at the end of the present term and will not be renewed.",
    ("Uganda", C, neu, "United Nations", "ending the UN rights office's mandate = a measure against a UN body, taken in procedural words: condemning with neutral tone, as blind 42a labelled Nicaragua's ending of the OHCHR invitation (unsure: could be neutral as a procedural decision)"))
add(d, "The Office was opened in Kampala in 2006, at a time when its work centred on the war-affected districts of the North and North-East, and its mandate was later widened to cover the whole country.",
    ("Uganda", N, neu, "", "background given by the ministry = facts (unsure: could be treated as narration, no row)"))
add(d, "The Government is grateful for the partnership it has enjoyed with the Office, in particular its support to the return of displaced communities and the rebuilding of Northern Uganda.",
    ("Uganda", S, pos, "United Nations", "gratitude = supporting"))
add(d, "The decision reflects the peace that now obtains in every part of the country and the maturity of national institutions, notably the Uganda Human Rights Commission, which is constitutionally mandated to monitor and report on the observance of human rights.",
    ("Uganda", N, pos, "", "justification by self-praise = neutral, positive"))
add(d, "Uganda remains fully committed to its obligations under the international human rights instruments to which it is a party, and will continue to engage with the Human Rights Council and its mechanisms, including the Universal Periodic Review.",
    ("Uganda", N, pos, "", "reassurance about its own conduct (labels/README) (unsure: continued engagement could be calling_for_talks)"))
add(d, "The Ministry has requested the Office to make arrangements for the orderly winding up of its operations, and the Government will extend to its staff all the courtesies due during that period.",
    ("Uganda", N, neu, "", "procedure for the closure"))

# ---------------------------------------------------------------- page 5: South Africa, Ramaphosa in the Oval Office (live blog, HTML)
d = "page_southafrica_ramaphosa_ovaloffice2025_liveblog.html"
# No rows: edition bar, menus, headline, standfirst, byline, key events, entry times and headings, "We are closing this
# live page ...", "The Presidency has just posted this on X:", embed meta lines, "Julius Malema ... has reacted on X."
# (narration), the caption, ADVERTISEMENT, the scene narration "Trump has asked for the lights to be dimmed and played
# a video ..." (unsure: the act of playing it could count as a US accusation), "Trump greeted Ramaphosa ...", "Good
# afternoon and welcome.", "Ramaphosa is due ...", share bar, topics, most read, newsletter, footer.
add(d, "Presidency spokesperson Vincent Magwenya told reporters outside the White House that the President was satisfied with the visit, and that the most important discussions, on trade, investment and critical minerals, had taken place over lunch, away from the cameras.",
    ("South Africa", N, pos, "", "presidency spokesperson = South Africa; satisfaction with its own visit = neutral, positive"))
add(d, "\"The President did not travel to Washington to exchange barbs for television. He came to rebuild a relationship on which many thousands of jobs depend, and on that front the two sides moved forward,\" Magwenya said.",
    ("South Africa", N, pos, "", "multi-sentence quote = one unit; self-assessment of progress (unsure: 'moved forward' on rebuilding ties could be calling_for_talks)"))
add(d, "President Cyril Ramaphosa has concluded his working visit to the White House.",
    ("South Africa", N, neu, "", "embedded post by the Presidency = South Africa's statement; fact"))
add(d, "The two Presidents agreed that their trade teams will continue their engagement in the coming weeks on a framework for trade and investment.",
    ("South Africa", T, pos, "United States", "agreement to continue negotiations = calling_for_talks"),
    ("United States", T, pos, "South Africa", "the US position reported by the Presidency: agreed to continue talks (one row per actor named)"))
add(d, "The Democratic Alliance, whose leader John Steenhuisen was part of the delegation in his role as agriculture minister, said in a statement that the claims of a white genocide repeated in the Oval Office were false and harmful to South Africa's image.",
    ("Democratic Alliance", C, neg, "United States", "party statement; 'false and harmful' = judgement of the claims made by the US President"))
add(d, "The party said its presence in the room had nevertheless helped to keep the door open for a trade deal with the United States.",
    ("Democratic Alliance", N, pos, "", "self-praise = neutral, positive"))
add(d, "Trump spent his meeting with our President watching old clips of me.",
    ("Economic Freedom Fighters", C, neg, "United States", "embedded X post by Malema = EFF; mockery of Trump's conduct = judgement"))
add(d, "If he wants to understand South Africa he should read about apartheid, not scroll through YouTube.",
    ("Economic Freedom Fighters", C, neg, "United States", "continuation of the post; derisive judgement of Trump"))
add(d, "Our people will get their land back, with or without Washington's blessing.",
    ("Economic Freedom Fighters", N, neg, "", "defiant restatement of its own land policy; no judgement or appeal (unsure: dismissal of Washington could be condemning)"))
add(d, "ANC secretary-general Fikile Mbalula said the President had kept his composure and had represented the country with dignity.",
    ("ANC", S, pos, "South Africa", "party praise of the head of state = supporting South Africa"))
add(d, "Mbalula accused the White House of staging a provocation in advance and of turning a working visit into a piece of reality television.",
    ("ANC", C, neg, "United States", "'accused' = judgement; White House = United States"))
add(d, "AfriForum chief executive Kallie Kriel told a local broadcaster that his organisation had not compiled the video shown by Trump, but that the government could no longer pretend that farm murders were just another crime statistic.",
    ("AfriForum", C, neg, "South Africa", "denial of authorship + reproach of the government: the judgement decides (rule 1); Kriel added as AfriForum alias"))
add(d, "Businessman Johann Rupert, chairman of the luxury goods group Richemont, told Trump that criminals in South Africa did not pick their victims by the colour of their skin, and asked for American help with drones and satellite internet for rural police stations.",
    ("Johann Rupert", N, neu, "", "independent person (new actor); rebuttal by facts + request for help (asking for aid is not supporting) = neutral"))
add(d, "Golfer Ernie Els said crime had touched people close to him but that he wanted to stay and help fix the country, and he asked Trump to keep talking to Pretoria.",
    ("Ernie Els", T, pos, "United States", "independent person (new actor); appeal to keep talking = calling_for_talks; Pretoria = metonym of the addressee side"))
add(d, "Agriculture Minister John Steenhuisen told the room that attacks on farms were a serious crime problem which the police and his department were tackling, but that they were not a campaign against one race.",
    ("South Africa", N, neg, "", "minister speaking in the state delegation = South Africa (not his party here); rebuttal of the genocide claim = denial"))
add(d, "\"What our farmers need from America is a market and technology, not a refugee programme,\" Steenhuisen said.",
    ("South Africa", C, neg, "United States", "rejection of the US refugee programme for Afrikaners = mild judgement of a US policy (unsure: could be neutral)"))
add(d, "Ramaphosa, who sat through the video in silence, said the speakers in it belonged to a small opposition party and did not represent the policy of his government, and that South Africa's Constitution protected free speech, including speech he disagreed with.",
    ("South Africa", N, neg, "", "denial that the video shows government policy = neutral, negative"))
add(d, "He said most victims of violent crime in South Africa were black, and offered to have his ministers go through every claim with the American side in detail.",
    ("South Africa", T, neu, "United States", "offer to examine the claims together = offer of talks"))
add(d, "Trump said white farmers were being killed and their land seized while the authorities looked the other way, and he asked Ramaphosa why Malema had not been arrested.",
    ("United States", C, neg, "South Africa", "accusation that the authorities tolerate killings and seizures = judgement of South Africa; Malema is the object, not a speaker"))
add(d, "He also said the United States was taking in Afrikaners as refugees because they were fleeing persecution in their own country.",
    ("United States", C, neg, "South Africa", "refugee programme justified by 'persecution' = accusation"))
add(d, "The meeting opened warmly, with Trump praising the South African golfers in the delegation and saying the two countries had a great deal to talk about, including trade.",
    ("United States", T, pos, "South Africa", "readiness to talk trade = calling_for_talks; praise of golfers (people) is not a separate row"))
add(d, "Ramaphosa said he had come to reset the relationship and put forward a trade proposal that he hoped would benefit both countries.",
    ("South Africa", T, pos, "United States", "reset + trade proposal = offer of negotiation"))
add(d, "International Relations Minister Ronald Lamola said on Tuesday that South Africa wanted a relationship with Washington based on mutual respect, and that all disputes, including the row over the expulsion of Ambassador Ebrahim Rasool in March, should be settled through dialogue.",
    ("South Africa", T, neu, "United States", "foreign minister = South Africa; dialogue appeal; Washington = metonym of the addressee"))

# ---------------------------------------------------------------- page 6: Tanzania, cattle auction (daily scraped as text)
d = "page_tanzania_kenyancattle_auction2017_dailyscrape.txt"
# No rows: masthead, date, menu, search, section line, headline, byline, posted line, image captions, ADVERTISEMENT,
# crossheads ("Nairobi protests", the quoted crosshead), "The cattle, belonging to 22 Maasai herders ... were sold last
# month ..." (narration), the closing background on Magufuli's campaign, share prompt, related, most read, subscribe,
# copyright.
add(d, "The Minister for Livestock and Fisheries, Luhaga Mpina, has defended the auction of more than 1,300 head of cattle seized from Kenyan herders in Mwanga District, saying the government had only enforced the law against livestock brought into the country without permits.",
    ("Tanzania", N, neu, "", "minister = Tanzania; defends its own measure against herders (not an actor) as law enforcement, no judgement of an actor"))
add(d, "\"Our pastures, our water and our veterinary budget are meant for Tanzanian livestock. Anyone who drives animals across the border without the proper papers will lose them, whether he comes from Kenya or from anywhere else,\" Mr Mpina told reporters in Dodoma on Tuesday.",
    ("Tanzania", C, neg, "", "warning that any herder's animals will be seized = threatened measure; aimed at herders, not at a canonical actor -> target empty (unsure: could be neutral as a statement of the law)"))
add(d, "Mr Mpina also defended the destruction of about 6,400 day-old chicks at the Namanga border post at the end of October, which he said had been brought in from Kenya without the permits required to protect the country against bird flu.",
    ("Tanzania", N, neu, "", "justification of its own measure on health grounds"))
add(d, "\"We cannot gamble with the health of our poultry industry to save a few boxes of chicks brought in through the back door,\" he said.",
    ("Tanzania", N, neg, "", "justification; the smugglers are not actors"))
add(d, "Kilimanjaro Regional Commissioner Anna Mghwira said security committees in Mwanga, Rombo and Siha districts would continue to patrol grazing areas along the border until the end of the dry season.",
    ("Tanzania", N, neu, "", "regional commissioner resolves to her state; plan of border patrols = neutral (a measure against no named actor)"))
add(d, "In Nairobi, Foreign Affairs Cabinet Secretary Amina Mohamed said Kenya had protested to the government in Dar es Salaam through diplomatic channels, describing the sale of the animals and the burning of the chicks as heavy-handed measures between two neighbours whose border communities are one people.",
    ("Kenya", C, neg, "Tanzania", "foreign minister = Kenya; formal protest + 'heavy-handed' = judgement; Nairobi, Dar es Salaam = places/metonyms"))
add(d, "She said disputes between neighbours were best settled across a table rather than in public statements, and that Kenya wanted the matter resolved in the spirit of the East African Community.",
    ("Kenya", T, pos, "Tanzania", "appeal for negotiation"))
add(d, "Foreign Affairs Minister Augustine Mahiga told the Courier on Wednesday that Tanzania had received the Kenyan note and would reply through the proper channels, adding that relations between the two countries remained strong.",
    ("Tanzania", N, pos, "", "procedural answer + reassurance on relations = neutral, positive"))
add(d, "\"Enforcing our laws is not an act of hostility towards Kenya. We are ready to sit down with our Kenyan brothers and agree on clear rules for herders on both sides of the border,\" Dr Mahiga said.",
    ("Tanzania", T, pos, "Kenya", "denial of hostility + offer of talks: the offer decides = calling_for_talks"))
add(d, "Across the border, Kajiado Governor Joseph ole Lenku said the auction had ruined families who had crossed into Tanzania only because drought had wiped out the grass on the Kenyan side.",
    ("Kenya", C, neg, "Tanzania", "county governor resolves to his state (labels/README: provincial officials); blames the auction for ruining families = judgement"))
add(d, "\"The Maasai on both sides have shared pasture for generations. To treat our herders like criminals and sell off their only wealth is cruel,\" Mr Lenku said.",
    ("Kenya", C, neg, "Tanzania", "'cruel' = judgement of Tanzania's measure"))
add(d, "Parsimei Nkoitiko, one of the herders whose cattle were sold, said the owners had offered to pay the fine set by the court but had been turned away.",
    ("Parsimei Nkoitiko", N, neg, "", "named herder = independent person (new actor); his account of events, no judgement in this sentence"))
add(d, "\"They refused our money and took everything we had. My children will not eat this year because of a few weeks of grass,\" he said.",
    ("Parsimei Nkoitiko", C, neg, "Tanzania", "blame for the seizure and its cost to his family = accusation by describing the other side's act (rule 4); 'they' = the Tanzanian authorities"))
add(d, "The Kenya Veterinary Association dismissed the disease argument, saying Kenyan animals along the border were vaccinated under joint programmes and posed no risk to Tanzanian herds.",
    ("Kenya Veterinary Association", C, neg, "Tanzania", "professional body (new actor); rejects Tanzania's justification as baseless = judgement (unsure: could be read as a factual rebuttal = neutral)"))
add(d, "Loitokitok Deputy County Commissioner Abdi Jaldesa said the national government had agreed to pay the 22 herders for the animals they lost.",
    ("Kenya", S, pos, "", "state official = Kenya; compensation = aid to its herders; herders are not an actor -> target empty (unsure: could be neutral as a domestic plan)"))
add(d, "Kajiado County Commissioner Harsama Kello said he had asked herders on the Kenyan side not to seize Tanzanian cattle in revenge, warning that tit-for-tat raids would only hurt ordinary families on both sides.",
    ("Kenya", T, neu, "", "appeal for restraint against retaliation"))
add(d, "Asked about reports that Kenyan herders had seized Tanzanian cattle in Kajiado in retaliation, Mr Mpina said the ministry had not been informed of any such incident, and that Tanzanian herders were also expected to respect Kenyan law.",
    ("Tanzania", N, neu, "", "no knowledge + even-handed rule = neutral"))
add(d, "Maasai elders from Longido who met their Kenyan counterparts last week said they regretted the seizures and would give some of their own cattle to the herders who lost theirs.",
    ("", S, pos, "", "unnamed group of elders = no actor (kept as a stance example with an empty actor); offer of cattle = aid = supporting (regret of the seizures is not aimed at a named actor)"))
add(d, "Dr Lekishon Moinget, a pastoralist rights researcher based in Arusha, said the government was entitled to control its border but had been wrong to sell the animals before any diplomatic solution had been tried.",
    ("Lekishon Moinget", C, neg, "Tanzania", "independent researcher (new actor); 'had been wrong' = explicit judgement, which outweighs the concession (rule 1)"))
add(d, "He urged the two governments to agree on a joint system of grazing permits for border communities in times of drought.",
    ("Lekishon Moinget", T, neu, "", "appeal to both governments -> target empty"))
add(d, "The East African Community secretariat in Arusha said it was following the matter and encouraged the two partner states to settle it through the community's mechanisms.",
    ("East African Community", T, neu, "", "monitoring + encouragement to settle through EAC mechanisms = calling_for_talks; two addressees -> empty"))


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        raw = re.sub(r"(?is)<head>.*?</head>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw)


def main():
    cache = {}
    bad = 0
    for doc, sent, *_ in ROWS:
        if doc not in cache:
            cache[doc] = visible_text(os.path.join(ROOT, doc))
        if re.sub(r"\s+", " ", sent) not in cache[doc]:
            print("NOT FOUND:", doc, sent[:90])
            bad += 1
    if bad:
        sys.exit(1)
    with open(os.path.join(ROOT, "statements.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "sentence", "actor", "stance", "sentiment", "target", "source", "note"])
        for doc, sent, actor, stance, senti, target, note in ROWS:
            w.writerow([doc, sent, actor, stance, senti, target, "page", note])
    from collections import Counter
    print(len(ROWS), "rows")
    print(Counter(r[0] for r in ROWS))
    print(Counter(r[3] for r in ROWS))


if __name__ == "__main__":
    main()
