# Canada: reactions one week after the Kamloops announcement (live blog, full HTML, 2021-06-04)
d = "page_canada_kamloops_graves2021_liveblog.html"
U(d, "Kukpi7 (Chief) Rosanne Casimir of Tk'emlúps te Secwépemc told a news conference", "by the end of June.",
  ("Tk'emlúps te Secwépemc", N, neu, "", "chief speaks for the First Nation (its own actor, new); state of the work and timetable = facts"))
U(d, "\"Every one of these children had a family", "Casimir said.",
  ("Tk'emlúps te Secwépemc", N, neg, "", "surname only; grief and resolve, no judgement of an actor and no appeal = neutral"))
U(d, "She said the nation had still not received the school's records from the Oblates", "from the Catholic Church.",
  ("Tk'emlúps te Secwépemc", C, neg, "", "complaint that the Oblates withhold records + demand for an apology = reproach (unsure: could be read as an appeal); two addressees (the order, the Church): target empty"))
U(d, "The chief thanked the people and communities across Canada and abroad", "since last week.",
  ("Tk'emlúps te Secwépemc", S, pos, "", "thanks to many senders = supporting, target empty"))
U(d, "The RCMP in British Columbia said officers were in contact", "on any next steps.",
  ("Canada", N, neu, "", "federal police force = Canada; own procedure (no criminal investigation opened, stated in the crosshead only)"))
U(d, "Father Ken Thorson, provincial superior of the Missionary Oblates of Mary Immaculate", "to the nation and to researchers.",
  ("Missionary Oblates of Mary Immaculate", S, pos, "Tk'emlúps te Secwépemc", "religious order = own actor (new); offer to open its archives to the nation = an offer of help"))
U(d, "\"We failed those children, and saying sorry through the newspapers", "offer an apology in person.",
  ("Missionary Oblates of Mary Immaculate", N, neg, "", "self-criticism and an apology offered in person: no judgement of another actor = neutral (unsure: the apology could be read as supporting the nation)"))
U(d, "You can't lower the flags and keep dragging residential school survivors through the courts.", "through the courts.",
  ("New Democratic Party", C, neg, "Canada", "embedded post; party leader = party; reproach to the government (flags lowered while survivors are fought in court)"))
U(d, "Drop the appeals and fund every search, today.", "fund every search, today.",
  ("New Democratic Party", T, neg, "Canada", "second sentence of the post: demand with no judgement word = calling_for_talks, negative tone"))
U(d, "Conservative Leader Erin O'Toole said all parties should work together", "burial sites.",
  ("Conservative Party of Canada", T, pos, "", "party leader = party; appeal for cross-party cooperation, no judgement (unsure: could be neutral)"))
U(d, "Nine independent UN human rights experts", "with forensic tests on the remains.",
  ("United Nations", T, neg, "", "UN independent experts = United Nations (earlier batches); call for investigations without judgement = calling_for_talks; two addressees (Canada, Holy See): target empty"))
U(d, "The experts also want prosecutors to look at every former residential school", "who are still living.",
  ("United Nations", T, neg, "Canada", "demand for criminal inquiries at every school and charges, with no judgement word = calling_for_talks, negative tone; the schools are Canada's"))
U(d, "\"Serious violations were committed against Indigenous children over many decades", "issued in Geneva.",
  ("United Nations", C, neg, "", "'serious violations' + 'justice and reparation' = judgement of what was done; aimed at Canada and the Holy See: target empty; 'in Geneva' = place"))
U(d, "Speaking outside Rideau Cottage, Prime Minister Justin Trudeau said the Catholic Church had so far failed", "\"now, not in another generation\".",
  ("Canada", C, neg, "", "judgement of the Church's conduct; the Catholic Church is not an actor of the name files (not the Holy See): target empty"))
U(d, "Asked whether Ottawa could force the church to hand over its archives", "without going into detail.",
  ("Canada", C, neg, "", "'Ottawa' = Canada; threat of stronger measures against the Church = threatened response (condemning); target empty as above"))
U(d, "He said the $27 million promised in the 2019 budget", "how the work was done.",
  ("Canada", S, pos, "", "funding for First Nations to search former school sites = aid (supporting), many communities: target empty"))
U(d, "Communities will lead the search on their own land.", "on their own land.",
  ("Canada", N, pos, "", "embedded post by the Indigenous Services minister = Canada; plan stated = neutral"))
U(d, "Our job is to pay for it, provide the expertise they ask for, and stay out of the way.", "stay out of the way.",
  ("Canada", S, pos, "", "funding and expertise offered to communities = supporting, target empty"))
U(d, "Assembly of First Nations National Chief Perry Bellegarde said", "survivors and their nations.",
  ("Assembly of First Nations", T, neu, "Canada", "national chief = AFN (new); asks for searches at every site paid by Ottawa, no judgement = appeal (calling_for_talks)"))
U(d, "Amnesty International Canada said Ottawa could no longer treat the schools", "in large numbers today.",
  ("Amnesty International", C, neg, "Canada", "national section = Amnesty International; reproach to Ottawa (= Canada)"))
U(d, "The Canadian Conference of Catholic Bishops said its members were committed", "the records they hold.",
  ("Canadian Conference of Catholic Bishops", S, pos, "", "bishops' conference (new); commitment to accompany Indigenous communities + help with records = support; several communities: target empty"))
U(d, "Marlene Tomma, 71, who was sent to the Kamloops school at the age of six", "since the announcement.",
  ("Marlene Tomma", N, neu, "", "invented survivor = independent person; account"))
U(d, "\"They told us we would forget our language in that building.", "Tomma said.",
  ("Marlene Tomma", N, neg, "", "memory and grief, no named actor judged and no appeal = neutral, negative"))
# no row: standfirst, key-events bullets, crossheads, "Thank you for following ...", "The Vatican press office did not
# respond ..." (no position), "Our reporter ... is at the memorial ...", captions, support note, furniture.
