# ------------------------------------------------------------------ Timor-Leste crisis: Australian-led troops arrive (Australian public broadcaster, 2006-05-26)
d = "page_easttimor_troops2006_ausbroadcaster.txt"
# Not statements: brand, menu, time stamp, headline, [Image: ...] captions with credits, crossheads, ADVERTISEMENT, tags,
# related stories, share line, top stories, copyright.
# Lead ("Australian soldiers have begun patrolling ...") = narration (the request is background), no row.
U(d, "Prime Minister John Howard says the force will stay until security has been restored", "the job is done.",
  ("Australia", S, pos, "East Timor", "commitment of forces at the host's request = backing by act"))
U(d, "The Defence Department says commandos secured Dili's airport", "more troops and equipment.",
  ("Australia", N, neu, "", "own operation reported as done"))
U(d, "Defence Minister Brendan Nelson says most of the 1,300 personnel", "by the end of the weekend.",
  ("Australia", N, neu, "", "figures and plans"))
U(d, "Foreign Minister Alexander Downer has told ANB Radio that Australian soldiers", "on them or on civilians.",
  ("Australia", C, neg, "", "warning of force to armed groups (not canonical) = threat, target empty"))
U(d, "Mr Howard says the Timorese leadership will have to answer hard questions", "split in two.",
  ("Australia", C, neg, "East Timor", "judgement without stock words"))
U(d, "\"Our soldiers will do their job and come home", "he told reporters in Canberra.",
  ("Australia", C, neg, "East Timor", "quote continues the criticism: 'nobody should pretend this crisis came from nowhere' (unsure: could be neutral)"))
U(d, "Opposition Leader Kim Beazley says Labor supports the deployment", "\"without reservation\".",
  ("Australian Labor Party", S, pos, "Australia", "opposition backs the government's deployment"))
U(d, "But he says the Government ignored warnings from its own officials", "the situation in Dili deteriorated.",
  ("Australian Labor Party", C, neg, "Australia", "blame of own government"))
# "The deployment was brought forward after soldiers ... killing at least nine of them." = narration of the police killings, no row.
U(d, "The head of the UN mission in East Timor, Sukehiro Hasegawa, says the shooting", "brought to justice.",
  ("United Nations", C, neg, "", "'atrocity' + demand for justice; perpetrators are soldiers whose orders are disputed -> target empty"))
U(d, "East Timor's army chief, Brigadier General Taur Matan Ruak, has denied", "the army's command.",
  ("East Timor", N, neg, "", "the army speaks for its state; denial = neutral, negative"))
U(d, "Foreign Minister Jose Ramos Horta says his government asked Australia", "all four have said yes.",
  ("East Timor", N, neu, "", "the request and the answers = facts (the helpers' yes is reported by him, their own acts are below)"))
U(d, "\"The soldiers who shot those policemen are not soldiers, they are murderers", "Mr Ramos Horta said.",
  ("East Timor", C, neg, "", "judgement of the gunmen (own soldiers, not canonical) -> target empty"))
U(d, "Prime Minister Mari Alkatiri says he welcomes the arrival of the Australian troops.", "the Australian troops.",
  ("East Timor", S, pos, "Australia", "welcome = supporting"))
U(d, "He says the violence is an attempt to bring down an elected government by force", "who governs the country.",
  ("East Timor", C, neg, "", "charge of an attempted overthrow; culprits unnamed -> target empty"))
U(d, "Mr Alkatiri says he has no intention of resigning.", "no intention of resigning.",
  ("East Timor", N, neu, "", "own intention, no judgement"))
U(d, "President Xanana Gusmao has made a radio appeal to the rebel soldiers", "the foreign forces will designate.",
  ("East Timor", T, neu, "", "the president speaks for the state; appeal to two armed groups to lay down arms -> target empty"))
U(d, "The leader of the petitioners, Lieutenant Gastao Salsinha, told ANB by telephone", "sent troops against them.",
  ("East Timor petitioners", C, neg, "East Timor", "refusal in protest with the grievance stated = condemning"))
U(d, "He says his men welcome the Australian soldiers and will not fire on them.", "will not fire on them.",
  ("East Timor petitioners", S, pos, "Australia", "welcome = supporting"))
U(d, "Rebel military police commander Major Alfredo Reinado", "remains in office.",
  ("Alfredo Reinado", C, neg, "East Timor", "refusal tied to the prime minister's staying = protest against the government (rebel leader under his own name)"))
U(d, "Portugal's Foreign Minister Diogo Freitas do Amaral says Lisbon will send", "within days.",
  ("Portugal", S, neu, "East Timor", "police contingent sent at the request = backing by act"))
U(d, "Portuguese Prime Minister Jose Socrates says he hopes calm will return quickly", "through dialogue.",
  ("Portugal", T, pos, "East Timor", "hope + appeal for dialogue"))
U(d, "In New York, UN Secretary-General Kofi Annan has welcomed the deployment", "to end the violence.",
  ("United Nations", T, neu, "East Timor", "welcome + peace appeal, no judgement: rule 2 before 3"))
U(d, "The UN Security Council says it backs the deployment", "the Timorese government.",
  ("United Nations", S, pos, "", "backing of a multinational deployment -> target empty (several states)"))
U(d, "Malaysia's Deputy Prime Minister Najib Razak says Malaysia will send", "soldiers and police.",
  ("Malaysia", S, neu, "East Timor", "troops sent = backing by act"))
U(d, "New Zealand Prime Minister Helen Clark says a company of New Zealand soldiers", "Australian-led force.",
  ("New Zealand", S, neu, "East Timor", "troops sent = backing by act"))
U(d, "Indonesian President Susilo Bambang Yudhoyono has ordered extra troops to the border", "its neighbour's affairs.",
  ("Indonesia", N, neu, "", "own border measure + non-interference pledge, no judgement"))
U(d, "Indonesian Foreign Minister Hassan Wirajuda has rejected suggestions", "behind the unrest.",
  ("Indonesia", N, neg, "", "denial = neutral, negative"))
U(d, "Jakarta says it will provide shelter and food", "cross into West Timor.",
  ("Indonesia", S, pos, "", "offer of aid to refugees (not an actor) -> target empty; Jakarta = metonym"))
U(d, "Aid worker Louise Pereira, who was evacuated to Darwin", "to leave their homes.",
  ("Louise Pereira", N, neg, "", "named evacuee (invented, person); witness account"))
U(d, "\"People are sleeping in churches and in the grounds of the embassies", "she said.",
  ("Louise Pereira", N, neg, "", "witness account continued"))
U(d, "Patrick Nolan, a Timor specialist at the Northern Australia Policy Institute", "not of outside meddling.",
  ("Patrick Nolan", C, neg, "East Timor", "independent analyst (invented); lays the blame on Dili"))
U(d, "\"The Government turned a dispute over pay and promotions", "he said.",
  ("Patrick Nolan", C, neg, "East Timor", "judgement of the government's handling"))
U(d, "Dr Nolan says the foreign troops can stop the killing but cannot fix the politics.", "cannot fix the politics.",
  ("Patrick Nolan", N, neu, "", "assessment, no judgement or appeal"))
