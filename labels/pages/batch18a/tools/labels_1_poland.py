# ------------------------------------------------------------------ Poland's Holocaust speech law and the row with Israel (international wire copy, 2018-02-01)
d = "page_poland_holocaust_law_wire.txt"
U(d, "Israel said on Thursday it firmly rejected a Polish bill", "to talk the dispute over first.",
  ("Israel", C, neg, "Poland", "dateline excluded; long lead: the Senate vote and the weekend agreement are narrated, Israel's rejection of the bill is the position (judgement without stock words)"))
U(d, "The Senate approved the amendment to the law on the Institute of National Remembrance", "Constitutional Tribunal.",
  ("Poland", N, neu, "", "the Senate = Poland; own legislative act reported as done, no evaluation; Duda only mentioned (unsure: could be read as narration)"))
# no row: "The bill provides for fines ..." (content of the law, narration)
# no row: "Its backers say the aim is ..." (unnamed backers; 'Warsaw has long complained' = vague background)
U(d, "\"The Senate pressed ahead on the very day", "said in a written statement.",
  ("Israel", C, neg, "Poland", "two-sentence quote closed by its speaker = one unit; 'deeply regrettable' = judgement of Poland's act"))
U(d, "Senior Israeli diplomatic officials, speaking on condition of anonymity", "before any further vote.",
  ("Israel", C, neg, "Poland", "unnamed officials of a named government speak for it; 'felt misled' = reproach of bad faith; Netanyahu only mentioned"))
U(d, "Intelligence and Transport Minister Israel Katz went further", "for consultations at once.",
  ("Israel", C, neg, "Poland", "call for a diplomatic measure (recalling the ambassador) = condemning; Netanyahu is addressed, not a speaker; Warsaw = place"))
U(d, "\"Warsaw is trying to wash its hands", "he said.",
  ("Israel", C, neg, "Poland", "pronoun 'he' = Katz; quote continued in a new paragraph; Warsaw as metonym inside the quote"))
# no row: "Related: ..." (link title), crossheads, "The row erupted on Saturday ..." (narration)
U(d, "Netanyahu said that day the bill was unfounded", "in person.",
  ("Israel", C, neg, "Poland", "surname only; judgement ('unfounded', 'blur the record'); Morawiecki is the object, not a speaker"))
U(d, "The ambassador, Anna Azari, used her speech", "could end up in court.",
  ("Israel", C, neg, "Poland", "role first ('Israel's ambassador' in the previous sentence), then name; her government's rejection"))
U(d, "She said Israel knew perfectly well", "change the text together.",
  ("Israel", T, pos, "Poland", "hope that the two countries amend the text together = calling_for_talks; the concession about who built the camps carries no judgement"))
# no row: photo caption
U(d, "On Sunday the foreign ministry in Jerusalem summoned", "especially jarring.",
  ("Israel", C, neg, "Poland", "summons + 'especially jarring' timing = judgement; Jerusalem = place; Kozlowski is the object"))
U(d, "The ministry asked the Polish government to amend the wording", "its statement said.",
  ("Israel", T, neu, "Poland", "'the ministry' = Israel's foreign ministry by context; request to amend and open a dialogue, no judgement word"))
U(d, "Yad Vashem, Israel's Holocaust remembrance centre", "distort the record.",
  ("Yad Vashem", C, neg, "Poland", "memorial institution under its own name (new actor); agrees with Poland on the phrase but judges the penalties (rule 1)"))
U(d, "President Reuven Rivlin said in remarks released by his office", "allowed to talk about.",
  ("Israel", C, neg, "Poland", "judgement of Poland's law; released by his office"))
U(d, "Morawiecki replied on Twitter, in English", "not by Poles.",
  ("Poland", N, neg, "", "rebuttal = denial of Polish responsibility; Hitler's Germany is history, not a current actor"))
U(d, "Poland's embassy in Tel Aviv also clashed in public", "legislate the past away.",
  ("Yesh Atid", C, neg, "Poland", "Lapid's position reported inside the embassy's sentence (Lapid = Yesh Atid in the name files); the embassy's own position is in the next sentence; Warsaw metonym"))
U(d, "The embassy replied that the measure was about defending the historical record", "Remembrance Alliance.",
  ("Poland", N, neg, "", "embassy = Poland; denial ('not about hiding anything'); Lapid and the IHRA are objects"))
U(d, "Lapid, the son of a Holocaust survivor, hit back", "demanded an apology.",
  ("Yesh Atid", C, neg, "Poland", "opposition leader by surname; rebuke + demand for an apology"))
U(d, "President Duda said on Sunday he would give the final text", "finished with it.",
  ("Poland", N, neu, "", "procedure, no evaluation"))
U(d, "Deputy Justice Minister Patryk Jaki, who steered the bill", "reputation in law.",
  ("Poland", N, pos, "", "defends his own government's measure (self-justification = neutral, positive tone); PAP is an agency, not an actor"))
U(d, "In Warsaw, the foreign ministry said on Thursday the law would not curb", "misreadings of the text abroad.",
  ("Poland", N, neg, "", "denial; 'In Warsaw' = place; the critics abroad are objects (their positions have their own rows)"))
U(d, "The U.S. State Department said late on Wednesday it was worried", "United States and Israel.",
  ("United States", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "\"Our hope is that Warsaw will think again", "mislead and wound.",
  ("United States", T, neg, "Poland", "hope/appeal to reconsider, no judgement of Poland (the concession judges a phrase, not an actor); Warsaw = metonym inside the quote"))
# no row: "Ukraine, whose wartime nationalist fighters ... reacted angrily." (summary line before the specific statements)
U(d, "President Petro Poroshenko wrote on Facebook", "brands Ukrainians wholesale.",
  ("Ukraine", C, neg, "Poland", "leader on social media; 'would never accept' + 'brands Ukrainians wholesale' = judgement; Kyiv as metonym"))
U(d, "The head of Ukraine's Institute of National Memory", "grind to a halt.",
  ("Ukraine", N, neg, "", "state institute = Ukraine; prediction without judgement or appeal"))
U(d, "The OSCE's representative on freedom of the media", "use his veto.",
  ("OSCE", C, neg, "Poland", "'out of all proportion' = judgement; hope for a veto in the same sentence (rule 1)"))
U(d, "The European Commission said it was following the debate", "become law.",
  ("European Union", N, neu, "", "Commission = EU; declines to comment, watching without appeal"))
U(d, "Netanyahu and Morawiecki agreed in a telephone call", "from both offices.",
  ("Israel", T, pos, "Poland", "agreement to hold talks, confirmed by both offices = one row per side"),
  ("Poland", T, pos, "Israel", "same agreement, Polish side"))
U(d, "A spokeswoman for the Polish government said on Thursday the offer of talks", "at short notice.",
  ("Poland", T, pos, "Israel", "unnamed spokeswoman of a named government; talks offer stands"))
# no row: "Analysts in Warsaw said ..." (unnamed analysts), "Duda has 21 days to decide." (narration), reporting credits, Trust Principles
