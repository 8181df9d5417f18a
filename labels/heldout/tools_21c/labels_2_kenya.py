# ------------------------------------------------------------------ Kenya's Supreme Court annuls the presidential election (scraped Kenyan daily, 2017-09-02)
d = "page_kenya_annulment_dailypage.txt"
U(d, "President Uhuru Kenyatta on Saturday launched a blistering attack", "within 60 days.",
  ("Kenya", C, neg, "", "lead: the President's attack on the court = judgement; the court's ruling in the subordinate clause is narrative; the court is a Kenyan state body -> target empty (target may not equal actor)"))
U(d, "In Friday's ruling, Chief Justice David Maraga said", "national tallying centre.",
  ("Kenya", C, neg, "", "the court (a state body) judging the electoral commission (another state body) = Kenya, condemning, target empty (unsure: a court ruling could be read as a neutral procedure)"))
U(d, "Addressing Jubilee governors, senators and county assembly members", "set that choice aside.",
  ("Kenya", C, neg, "", "head of state = Kenya even at a party gathering (unsure); quotation opened after a colon and left open; judgement of the judges"))
U(d, "\"We respect the courts, but there is a problem in that institution", "attend to it,\" he said.",
  ("Kenya", C, neg, "", "quotation continued over the paragraph break; veiled threat against the judiciary"))
U(d, "In a televised address hours after the ruling on Friday", "had got it wrong.",
  ("Kenya", C, neg, "", "accepts the ruling but says the judges 'got it wrong' = explicit negative judgement (rule 1) (unsure: acceptance could be read as neutral)"))
U(d, "\"Go back to your work and to your families.", "court case,\" he said.",
  ("Kenya", T, pos, "", "multi-sentence quote closed by its speaker; appeal for calm to all Kenyans"))
U(d, "On Saturday he said Jubilee was ready for the fresh vote", "without further delay.",
  ("Kenya", N, neu, "", "own readiness + a procedural request to its own electoral body = neutral"))
U(d, "Jubilee Party secretary-general Raphael Tuju accused the judges", "on a technicality.",
  ("Jubilee Party", C, neg, "Kenya", "the ruling party as its own actor; accusation against the Supreme Court (a Kenyan state body)"))
U(d, "Opposition leader Raila Odinga, whose petition the court upheld, praised", "the whole of Africa.",
  ("Orange Democratic Movement", S, pos, "Kenya", "Odinga = Orange Democratic Movement (name files) although he speaks as Nasa's candidate; praise of the court"))
U(d, "But the National Super Alliance (Nasa) leader told supporters", "should be charged.",
  ("Orange Democratic Movement", C, neg, "Kenya", "'the Nasa leader' = Odinga; accusation + demand for charges against the electoral commission (Kenya)"))
U(d, "\"Nobody replays a match with a referee", "Odinga said.",
  ("Orange Democratic Movement", C, neg, "Kenya", "multi-sentence quote; accusation of cheating"))
U(d, "He also turned on foreign observers", "a flawed count.",
  ("Orange Democratic Movement", C, neg, "European Union", "'He' = Odinga; accusation against the EU observers"))
U(d, "IEBC chairman Wafula Chebukati told a news conference", "him personally.",
  ("Kenya", N, neu, "", "electoral commission = a Kenyan state body; refusal to resign on procedural grounds = neutral"))
U(d, "He said the commission would bring new people into its secretariat", "suspected of wrongdoing.",
  ("Kenya", N, neu, "", "own measures, no judgement of another actor"))
U(d, "Acting Interior Cabinet Secretary Fred Matiang'i warned", "or in anger.",
  ("Kenya", C, neg, "", "threat of force against anyone violent = condemning (a threatened response); no named target"))
U(d, "The Kenya National Commission on Human Rights said it had received reports", "monitoring the situation.",
  ("Kenya National Commission on Human Rights", N, neg, "", "canonical in the name files; reports + monitoring without an appeal = neutral, negative"))
U(d, "The Law Society of Kenya hailed the decision", "were independent.",
  ("Law Society of Kenya", S, pos, "Kenya", "praise of the court"))
U(d, "African Union Commission chairperson Moussa Faki Mahamat welcomed", "the new campaign.",
  ("African Union", T, pos, "", "welcome + appeal to respect the ruling and keep the peace, no judgement: rule 2 before rule 3"))
U(d, "The United States respects the court's decision", "said in a statement.",
  ("United States", T, pos, "", "attribution tail; respect + appeal for calm = calling_for_talks"))
U(d, "Ambassador Robert Godec said Washington did not back any candidate", "Kenyans chose.",
  ("United States", N, neu, "", "own neutrality stated = neutral"))
U(d, "Britain's High Commissioner, Nic Hailey, wrote on Twitter", "Kenya's institutions.",
  ("United Kingdom", S, pos, "Kenya", "praise of Kenya's institutions"))
U(d, "In a joint statement, the ambassadors of Germany, Canada and the Netherlands", "the weeks ahead.",
  ("Germany", T, pos, "", "joint statement of three states: one row each; praise + appeal to avoid inflammatory language: rule 2 before rule 3"),
  ("Canada", T, pos, "", "same joint statement"),
  ("Netherlands", T, pos, "", "same joint statement"))
U(d, "The European Union's election observation mission said it had taken note", "once it was published.",
  ("European Union", N, neu, "", "took note + plan to study = neutral"))
U(d, "Its chief observer, Marietje Schaake, rejected the opposition's claim", "free and fair.",
  ("European Union", N, neg, "", "'Its' = the EU mission; denial of the opposition's accusation = neutral, negative"))
