# ------------------------------------------------------------------ Pakistan's air strikes in Barmal, Paktika (foreign-ministry weekly briefing transcript, 2024-12-26)
d = "page_pakistan_barmal_airstrikes2024_fobriefing.txt"
# Not statements: site header, breadcrumb, title, date line, language/print bar, greeting, "I will now take your questions.", questions that only ask, speaker tags, contact lines, related press releases, archive, copyright.
# The spokesperson (Mumtaz Zahra Baloch, not named on the page) speaks for Pakistan throughout; positions reported inside journalists' questions are the reported actor's statements.
U(d, "Let me begin by conveying the sorrow", "near Aktau yesterday.",
  ("Pakistan", S, neg, "Azerbaijan", "condolences = solidarity (supporting); grief -> negative tone"))
U(d, "We stand with the brotherly people of Azerbaijan", "a swift recovery to the injured.",
  ("Pakistan", S, pos, "Azerbaijan", "solidarity and wishes for the injured = supporting"))
# "The Deputy Prime Minister and Foreign Minister ... spoke by telephone ..." = a call narrated, no position -> no row.
U(d, "On Indian Illegally Occupied Jammu and Kashmir", "rights of the Kashmiri people.",
  ("Pakistan", C, neg, "India", "judgement without a stock word ('shows the contempt')"))
U(d, "Pakistan also deplores the continued Israeli bombardment", "from the international community.",
  ("Pakistan", C, neg, "Israel", "'deplores' + 'made a mockery' = judgement"))
U(d, "The interim Afghan government says 46 people", "on Tuesday night.",
  ("Afghanistan", C, neg, "Pakistan", "position reported inside a question; accusation made by describing the other side's attack on civilians = condemning"))
U(d, "Its defence ministry has described the strikes as a brutal act", "would answer them.",
  ("Afghanistan", C, neg, "Pakistan", "'Its' = the interim Afghan government's; judgement + threat of a response"))
U(d, "The foreign ministry in Kabul has also summoned Pakistan's head of mission", "a formal protest.",
  ("Afghanistan", C, neg, "Pakistan", "summons with a formal protest = measure taken against the other side"))
U(d, "Our forces struck hideouts used by terrorist groups", "every confidence in.",
  ("Pakistan", N, neu, "", "own strike reported as done, with no judgement of another actor = neutral"))
U(d, "Islamabad has never questioned Afghanistan's sovereignty", "our first choice.",
  ("Pakistan", T, neu, "Afghanistan", "reassurance + dialogue as the first choice = calling_for_talks"))
U(d, "At the same time, we will not allow the TTP", "will be done.",
  ("Pakistan", C, neg, "Pakistani Taliban", "threat of further action against the TTP = condemning"))
U(d, "Pakistan remains deeply worried by the presence of terrorist havens", "at every meeting.",
  ("Pakistan", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Ambassador Sadiq met the interim Foreign Minister", "commerce and border questions.",
  ("Pakistan", T, pos, "Afghanistan", "'No.' excluded; agreement to meet again = commits to talks"),
  ("Afghanistan", T, pos, "Pakistan", "'the two sides agreed' reported by Pakistan's spokesperson: Afghanistan's agreement too"))
U(d, "The UN mission in Afghanistan said it had received credible reports", "be looked into.",
  ("United Nations", T, neg, "", "UNAMA = United Nations; reported inside a question; civilian-death reports + request for an inquiry, no judgement = calling_for_talks (inquiry like a recount/inquiry demand)"))
# "We have seen the statement." = non-answer -> no row.
U(d, "It is regrettable that the mission has had so little to say", "operate from Afghan soil.",
  ("Pakistan", C, neg, "United Nations", "'regrettable' aimed at the UN mission = judgement"))
U(d, "Dr Nadia Khattak, who teaches international relations", "before the next incident.",
  ("Nadia Khattak", T, neu, "", "invented scholar quoted in a question; reading of Islamabad's mood + appeal for a standing channel between both sides = calling_for_talks"))
# "I will not comment on individual opinions." = non-answer -> no row.
U(d, "We have existing channels with the Afghan side and we use them.", "we use them.",
  ("Pakistan", N, neu, "", "procedural line"))
U(d, "The Afghan defence ministry's spokesman has again said", "refugees from Waziristan.",
  ("Afghanistan", N, neg, "", "counter-claim about the victims reported in a question; no judgement word in the sentence -> neutral, negative (unsure: implies an accusation)"))
U(d, "The Afghan account is not correct.", "not correct.",
  ("Pakistan", N, neg, "", "denial = neutral, negative"))
U(d, "The operation was directed at terrorists, not at civilians", "as refugees.",
  ("Pakistan", N, neg, "", "'we reject the attempt' here rejects a claim = denial, neutral (contrast with 'regrettable' above)"))
U(d, "Haroon Afridi of the Centre for Afghan and Frontier Studies", "warned many times.",
  ("Haroon Afridi", S, neu, "Pakistan", "invented analyst quoted in a question; calls the operation legitimate self-defence = approval of Pakistan's act"))
U(d, "Pakistan is fully able to defend its territory and its people", "a fitting reply.",
  ("Pakistan", C, neg, "Afghanistan", "'I have given you the government's position.' excluded; warning of a response to any cross-border move = threat"))
U(d, "China's foreign ministry said on Wednesday it hoped", "through consultation.",
  ("China", T, pos, "", "hope that both settle differences through consultation = calling_for_talks; two parties -> target empty"))
U(d, "China is a close friend of both countries", "foreign ministers' dialogue.",
  ("Pakistan", S, pos, "China", "praise of China's role = supporting"))
U(d, "There is no proposal for mediation on the table at this stage.", "at this stage.",
  ("Pakistan", N, neu, "", "procedural fact"))
U(d, "The United States, the United Kingdom and the European Union have expressed concern", "events of 9 May.",
  ("United States", N, neg, "", "list of three; concern without an appeal = neutral, negative"),
  ("United Kingdom", N, neg, "", "list of three; concern without an appeal"),
  ("European Union", N, neg, "", "list of three; concern without an appeal"))
U(d, "The State Department said the tribunals could not offer civilians", "How do you respond?",
  ("United States", C, neg, "Pakistan", "judgement on Pakistan's military tribunals (no stock word); the question is inside the unit"))
# "We have seen these comments." = non-answer -> no row.
U(d, "Our courts apply the law within the framework", "before the higher courts.",
  ("Pakistan", N, neu, "", "defence of own system, no judgement of others"))
U(d, "We do not accept outside commentary on the decisions of our courts", "by its own institutions.",
  ("Pakistan", C, neg, "", "rejection of the three partners' comments in protest = condemning; several actors -> target empty (unsure: could be read as a denial)"))
U(d, "Pakistan will continue to engage constructively with all its partners", "on human rights questions.",
  ("Pakistan", T, pos, "", "commitment to engagement/dialogue = calling_for_talks; several partners -> target empty"))
U(d, "Last week Washington placed the National Development Complex", "ballistic missile programme.",
  ("United States", C, neg, "Pakistan", "sanctions = condemning; Washington = metonym for the US"))
U(d, "Deputy National Security Adviser Jon Finer then said", "Your comment?",
  ("United States", C, neg, "Pakistan", "portrays Pakistan's programme as a threat (judgement without a stock word; unsure: could be neutral assessment)"))
U(d, "Pakistan's strategic programme exists to defend its sovereignty", "beyond that.",
  ("Pakistan", N, neg, "", "denial of the charge = neutral, negative"))
U(d, "The listing of our entities is a double standard", "other states in our region.",
  ("Pakistan", C, neg, "United States", "'double standard' = judgement of the US sanctions"))
U(d, "Dates will be announced once they are finalised", "diplomatic channels.",
  ("Pakistan", N, neu, "", "procedural line"))
