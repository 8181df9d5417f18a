# ------------------------------------------------------------------ Raymond Davis affair, Lahore (international wire, 2011-03-16)
d = "page_raymond_davis_release_wire.txt"
# No rows: agency menu, section, headline, byline, times, photo captions ("1 of 5", credits), share bar, capitals
# crossheads (WASHINGTON RESPONDS / ANGER ON THE STREET / SEVEN WEEKS / WHAT COMES NEXT), ADVERTISEMENT, contributor line,
# copyright, related stories (incl. the Kerry headline quoting him), most popular.
U(d, "A Pakistani court freed Raymond Davis, the American CIA contractor", "Punjab's law minister said.",
  ("Pakistan", N, neu, "", "dateline excluded; long lead with an attribution tail; the Punjab (provincial) government resolves to Pakistan (Rana Sanaullah is an alias of Pakistan in the name files); facts of the ruling"))
U(d, "\"The heirs came before the judge and told him", "outside the jail.",
  ("Pakistan", N, neu, "", "multi-sentence quote closed by its speaker; account + denial of any provincial role = neutral"))
# "The hearing was held behind closed doors ..." / "Lawyers present said about 200 million rupees ..." = narration and
# unnamed lawyers (no rows); the diyat explanation = background (no row). The families' pardon in court is reported as
# narration; the families are not named as a body (no row).
U(d, "Asad Manzoor Butt, the lawyer who had represented the families until this week", "phone taken from him.",
  ("Asad Manzoor Butt", C, neg, "Pakistan", "independent person (the families' former lawyer); accusation made by describing what the authorities did to him (unsure: could be neutral, an account)"))
U(d, "He accused the authorities of pressuring the relatives", "the night before.",
  ("Asad Manzoor Butt", C, neg, "Pakistan", "pronoun subject; explicit accusation of the authorities"))
U(d, "A spokesman for the Punjab government rejected the allegation", "signed an affidavit.",
  ("Pakistan", N, neg, "", "provincial government = Pakistan; denial = neutral, negative"))
# "Davis left Lahore on a plane within hours of the ruling." = narration (no row).
U(d, "Interior Minister Rehman Malik said there was no legal bar", "where Davis had gone.",
  ("Pakistan", N, neu, "", "facts and procedure"))
U(d, "In a statement from the embassy in Islamabad, U.S. Ambassador Cameron Munter", "great magnanimity.",
  ("United States", S, pos, "", "thanks to the families (not a canonical actor) = supporting, target empty"))
U(d, "The Justice Department has opened an investigation into the events of Jan. 27, the statement said.", "the statement said.",
  ("United States", N, neu, "", "attribution tail; own procedure"))
U(d, "Secretary of State Hillary Clinton, speaking to reporters in Cairo", "gone to the families.",
  ("United States", N, neg, "", "denial that the US paid = neutral, negative; Cairo = place"))
# "She did not say who had." = non-answer (no row).
U(d, "She said Washington valued its partnership with Pakistan", "behind both countries.",
  ("United States", T, pos, "Pakistan", "wish to move past the episode together = hope for a restored relationship, calling_for_talks (unsure: could be supporting, praise of the partnership)"))
# Protest narration on The Mall (no row).
U(d, "Jamaat-e-Islami, the country's largest religious party, called nationwide protests", "forget it.",
  ("Jamaat-e-Islami", C, neg, "Pakistan", "protests called + the leader's accusation in one sentence (one actor, one row); judgement of its own government"))
U(d, "Imran Khan, the former cricket captain who leads Pakistan Tehreek-e-Insaf", "a price tag.",
  ("Pakistan Tehreek-e-Insaf", C, neg, "Pakistan", "party leader = his party (Imran Khan is not declared: later prime minister); judgement of the country's leaders"))
U(d, "The Foreign Office in Islamabad said the matter had been settled by the courts", "from here on.",
  ("Pakistan", N, neu, "", "account of the procedure + an expectation for the relationship, no judgement, no appeal to negotiate (unsure)"))
# "Davis, a 36-year-old former Special Forces soldier, shot the two men ..." and the consulate car = background narration;
# Davis's own self-defence claim is inside the narration (Davis is not an actor on this page).
U(d, "The U.S. embassy said at the time that Davis was a member of its technical and administrative staff", "acted in self-defense.",
  ("United States", N, neg, "", "claim of immunity and self-defence = the US's account, no judgement of Pakistan in this sentence"))
U(d, "Lahore's police chief, Aslam Tarin, told reporters on Feb. 11", "committed murder.",
  ("Pakistan", C, neg, "", "police chief = Pakistan; 'committed murder' = judgement of Davis (a person, not a canonical actor) -> target empty; the widow's death that follows is narration"))
U(d, "President Barack Obama, in his first public remarks on the case, on Feb. 15", "let Davis go.",
  ("United States", T, neg, "Pakistan", "sorrow + demand for release with no judgement word = calling_for_talks, negative (unsure: a legal demand rather than a peace appeal)"))
U(d, "Senator John Kerry, who flew to Lahore the same day", "both countries needed.",
  ("United States", T, neu, "Pakistan", "a senator (here the administration's envoy) = United States; sorrow + own procedure + appeal to keep the relationship = calling_for_talks"))
U(d, "Washington had already called off a three-way meeting", "in protest at Davis's detention.",
  ("United States", C, neg, "Pakistan", "'Washington' = metonym; cancelling a meeting in protest = condemning"))
U(d, "State Department spokesman P.J. Crowley, who resigned on Sunday over unrelated remarks", "international obligations.",
  ("United States", C, neg, "Pakistan", "speaks in the role held at the time; 'in violation of its international obligations' = judgement"))
U(d, "Prime Minister Yousuf Raza Gilani told parliament that immunity was a matter for the courts", "whatever they decided.",
  ("Pakistan", N, neu, "", "procedure: the courts decide"))
U(d, "Maulana Fazlur Rehman, who heads the Jamiat Ulema-e-Islam", "handed over to the Americans.",
  ("Jamiat Ulema-e-Islam", C, neg, "Pakistan", "religious party under its own name; threat of street protests against the government = condemning"))
U(d, "Saleem Akhtar, a security analyst in Islamabad, said the deal could only have been arranged", "over the case.",
  ("Saleem Akhtar", N, neu, "", "independent analyst; reading of the military's role, no judgement"))
U(d, "\"The intelligence agencies wanted the CIA to learn a lesson", "Akhtar said.",
  ("Saleem Akhtar", N, neu, "", "multi-sentence quote closed by the speaker; interests and what comes next ('drone strikes' as a topic)"))
U(d, "He expected the religious parties to keep the issue alive for weeks", "a new trigger.",
  ("Saleem Akhtar", N, neu, "", "forecast"))
U(d, "Robert Keane, a retired U.S. diplomat who served at the embassy in Islamabad", "their legal status.",
  ("Robert Keane", N, neg, "", "former official speaking as an independent person; assessment"))
# "Keane was blunt about the day's proceedings." = lead-in (no row).
U(d, "\"Holding a murder trial in a prison", "he said.",
  ("Robert Keane", C, neg, "", "'not justice for anyone' + 'should be embarrassed' = judgement of both governments -> target empty"))
U(d, "He said Washington and Islamabad should sit down and agree in writing", "seven-week crisis.",
  ("Robert Keane", T, neu, "", "appeal to both capitals (metonyms) to negotiate = calling_for_talks; both addressed -> target empty"))
# The tea-stall owner near the Mozang crossing = unnamed witness (no row).
