# ------------------------------------------------------------------ Mali detains 49 Ivorian soldiers; Abidjan, ECOWAS and the UN respond (UN noon briefing, 2022-07-14)
d = "page_mali_ivorian_soldiers_unbriefing.txt"
U(d, "I'll start with Mali, where our peacekeeping mission, MINUSMA, has received a note verbale", "the mission.",
  ("Mali", N, neu, "", "Mali's measure reported by the UN spokesman ('the Ministry of Foreign Affairs' = Mali by context): suspension with no protest or judgement stated = neutral (labels README; unsure, it follows the arrests); the UN only relays it here"))
U(d, "The mission has taken note of the decision and stands ready to hold that meeting", "without delay.",
  ("United Nations", T, neu, "", "MINUSMA = UN; readiness to meet = agreeing to talks"))
U(d, "The regular rotation of contingents is vital", "months ago.",
  ("United Nations", N, neg, "", "concern about its own personnel, no appeal in this sentence = neutral, negative"))
U(d, "We hope this can be settled quickly.", "We hope this can be settled quickly.",
  ("United Nations", T, neu, "", "hope for a settlement = calling_for_talks"))
U(d, "On the 49 Ivorian soldiers detained in Bamako since Sunday", "resolve the matter.",
  ("United Nations", T, neu, "", "contacts with both governments to resolve the dispute = diplomatic engagement; Bamako = place"))
U(d, "As I mentioned on Tuesday, these soldiers do not serve under the mission's command.", "under the mission's command.",
  ("United Nations", N, neu, "", "fact about the soldiers' status"))
U(d, "They belong to a national support element", "several of our missions have.",
  ("United Nations", N, neu, "", "explanation of the arrangement, no judgement"))
U(d, "The Deputy Secretary-General, Amina Mohammed, has been in touch", "swift resolution.",
  ("United Nations", T, neu, "", "DSG contacts to encourage a resolution = calling_for_talks; Bamako = metonym for the Malian authorities"))
U(d, "Farhan, the Malian Government said on Monday that these 49 soldiers were mercenaries", "transition.",
  ("Mali", C, neg, "Ivory Coast", "position reported inside a journalist's question (journalist is no actor); calling Ivorian soldiers mercenaries = accusation; target = the soldiers' state"))
U(d, "I'm not going to get into characterizations.", "I'm not going to get into characterizations.",
  ("United Nations", N, neu, "", "declines to characterise = neutral (as batch5c's Peskov declining to comment)"))
U(d, "What I can say is that the mission has explained", "one of its contingents.",
  ("United Nations", N, neu, "", "the mission's account relayed; a fact"))
U(d, "Côte d'Ivoire's National Security Council said on Tuesday", "wrongfully arrested.",
  ("Ivory Coast", C, neg, "Mali", "body of the Ivorian state inside a question; demand for release + 'wrongfully arrested' = judgement (rule 1); Bamako = metonym"))
U(d, "I can confirm that Côte d'Ivoire has had a national support element", "before this one.",
  ("United Nations", N, neu, "", "fact confirmed by the spokesman"))
U(d, "We're looking into all the procedures that were followed", "prejudge that.",
  ("United Nations", N, neu, "", "own review under way, no judgement"))
U(d, "What matters now is that this gets resolved", "return to their families.",
  ("United Nations", T, neu, "", "wish for a resolution and the soldiers' return, no judgement = calling_for_talks"))
U(d, "The Malian Government also said it would end all activities of the company", "leave the country.",
  ("Mali", C, neg, "", "expelling a company = a measure (guide: expulsions); the company is not canonical -> target empty"))
U(d, "We're assessing what impact that may have on our operations", "at this stage.",
  ("United Nations", N, neu, "", "own assessment under way"))
U(d, "The current chair, President Umaro Sissoco Embaló of Guinea-Bissau", "settle it as brothers.",
  ("ECOWAS", T, pos, "", "the bloc's chair speaking in its name = ECOWAS (guide); hope for a settlement between the two states; reported in a question"))
U(d, "We welcome any effort by ECOWAS and by leaders in the region", "support those efforts.",
  ("United Nations", T, pos, "", "welcome of mediation with an appeal to dialogue, no judgement: rule 2 before rule 3 (labels README)"))
U(d, "Ivorian military officials said yesterday that the soldiers were unarmed", "second aircraft.",
  ("Ivory Coast", N, neg, "", "unnamed officials of a named government = Ivory Coast; rebuttal of Mali's account = denial (neutral, negative)"))
U(d, "The Secretary-General is following this closely and with concern.", "The Secretary-General is following this closely and with concern.",
  ("United Nations", N, neg, "", "concern without an appeal"))
U(d, "He values the contribution of every country that sends troops", "considerable cost.",
  ("United Nations", S, pos, "Ivory Coast", "praise of Côte d'Ivoire's contribution = supporting"))
U(d, "I'm not going to put a label on it.", "I'm not going to put a label on it.",
  ("United Nations", N, neu, "", "declines to call the detention arbitrary = neutral"))
U(d, "We want the matter resolved as soon as possible, through dialogue", "two Governments.",
  ("United Nations", T, neu, "", "appeal for dialogue between the two governments"))
U(d, "A number of contingents are due to rotate in the coming weeks", "Department of Peace Operations.",
  ("United Nations", N, neu, "", "figures/plans, no evaluation"))
U(d, "The note cites reasons linked to the national security context", "lifting the suspension.",
  ("Mali", N, neu, "", "Mali's reasons and stated intention relayed by the UN (a position of X reported by Y is X's); plan, no judgement"))
U(d, "We will take them up on that.", "We will take them up on that.",
  ("United Nations", T, pos, "Mali", "commits to engage with the Malian authorities = calling_for_talks; 'them' = the authorities"))
