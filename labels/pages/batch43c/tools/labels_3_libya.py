from common import R
D = 'page_libya_tripoli_seventhbrigade2018_noonbriefing.txt'
UN = 'United Nations'
R(D, "He told Council members that the ceasefire agreement signed yesterday in Zawiya had so far largely held, and that the Mission would now press the parties to agree on a way of monitoring it and on new security arrangements for the capital.",
  UN, 'calling_for_talks', 'neutral', '', "'He' = Salamé (SRSG, UNSMIL); pressing parties to agree on monitoring = talks")
R(D, "Mr. Salamé said the violence of the past ten days had shown that the relative quiet in Tripoli since last year had been deceptive, and he warned that anyone who tries to change the balance of power in the capital by force will find the United Nations ready to name them and to ask the Council to act.",
  UN, 'condemning', 'negative', '', "threat of naming and Council action against unnamed spoilers")
R(D, "The agreement was reached after a day of talks in Zawiya, to which the Mission had invited representatives of the Government of National Accord, military and security officials, and the commanders of armed groups in and around the city, among them the Seventh Brigade from Tarhuna.",
  UN, 'calling_for_talks', 'neutral', '', "the Mission convening the talks (host of a meeting = calling_for_talks); invitees are objects")
R(D, "The signatories committed to stop all hostilities, to protect civilians and public property, and to allow Mitiga airport, the only working airport in the capital, to reopen.",
  'Government of National Accord', 'calling_for_talks', 'positive', '', "'The signatories' resolve to the invitees named in the previous sentence: agreeing to a ceasefire")
R(D, "The signatories committed to stop all hostilities, to protect civilians and public property, and to allow Mitiga airport, the only working airport in the capital, to reopen.",
  'Kaniyat', 'calling_for_talks', 'positive', '', "Seventh Brigade (Kaniyat) among the signatories: agreeing to a ceasefire")
R(D, "The Secretary-General welcomed the agreement and commended the Libyan representatives who came to Zawiya for choosing to talk.",
  UN, 'supporting', 'positive', '', "welcome + thanks, no appeal in this sentence; several parties -> target empty")
R(D, "He urges all of them to abide by their commitments in full.",
  UN, 'calling_for_talks', 'neutral', '', "appeal to all parties")
R(D, "On the humanitarian side, our colleagues at OCHA say that Libyan health authorities have reported at least 63 people killed and 159 injured since 26 August, among them civilians and children.",
  UN, 'neutral', 'neutral', '', "OCHA relays figures")
R(D, "On the humanitarian side, our colleagues at OCHA say that Libyan health authorities have reported at least 63 people killed and 159 injured since 26 August, among them civilians and children.",
  'Government of National Accord', 'neutral', 'neutral', '', "the health authorities in Tripoli are the GNA's ministry: casualty figures")
R(D, "OCHA adds that thousands of people have fled the southern districts of Tripoli, and that many are staying with relatives or in schools in safer parts of the city.",
  UN, 'neutral', 'neutral', '', "displacement facts")
R(D, "The UN refugee agency, UNHCR, says it helped move refugees and migrants out of a detention centre close to the front line, and it is calling on the authorities to release those still held in areas affected by the fighting.",
  UN, 'calling_for_talks', 'neutral', 'Government of National Accord', "protection appeal addressed to the authorities (GNA)")
R(D, "The World Health Organization has sent trauma kits and medicines to hospitals in Tripoli.",
  UN, 'supporting', 'neutral', '', "aid delivered (backing by act); hospitals are not an actor")
R(D, "We want to be clear that shelling residential neighbourhoods without distinction breaks the rules of international humanitarian law, and that civilians and civilian infrastructure are never a legitimate target.",
  UN, 'condemning', 'negative', '', "'a violation of international humanitarian law' = judgement; all parties -> target empty")
R(D, "On Libya, the Seventh Brigade said in a statement last night that it remained committed to the ceasefire but had been forced to answer fire from the Tripoli groups within hours of the signing.",
  'Kaniyat', 'condemning', 'negative', '', "journalist reports the brigade's position (labels README: a question reporting an actor's position is that actor's statement); blames the Tripoli groups (not canonical) -> target empty")
R(D, "Obviously, there have been reports of some shooting overnight, and the Mission is following them closely.",
  UN, 'neutral', 'negative', '', "monitoring, no appeal")
R(D, "Overall, the situation this morning is much calmer than it was, and we would urge every signatory, including the brigade you mention, to keep its word.",
  UN, 'calling_for_talks', 'neutral', '', "appeal to all signatories")
R(D, "Italy's Interior Minister has suggested that France's push for elections this year is partly to blame for the chaos.",
  'Italy', 'condemning', 'negative', 'France', "reported in a question; a minister resolves to his state; blame on France's policy")
R(D, "I'm not going to get into a back-and-forth between Member States.",
  UN, 'neutral', 'neutral', '', "declines to comment, no appeal")
R(D, "What the Special Representative has said is that elections should be held when the security, legal and political conditions are in place, and that it is for the Libyans to set the path, with the backing of the international community.",
  UN, 'calling_for_talks', 'neutral', '', "a political process led by Libyans (unsure: could be neutral)")
R(D, "Stéphane, Fayez al-Sarraj's government declared a state of emergency in Tripoli on Sunday and says the groups that attacked the capital are outlaws.",
  'Government of National Accord', 'condemning', 'negative', '', "Sarraj's government = GNA; emergency measure + 'outlaws'; the groups are not named -> target empty")
R(D, "We're not in the business of putting labels on the groups; what matters to us is whether they respect the ceasefire they signed, and we will be watching that very carefully.",
  UN, 'neutral', 'negative', '', "declines to label; 'watching very carefully' = warning tone, no appeal and no judgement (unsure: could be calling_for_talks)")
R(D, "We have seen those reports.",
  UN, 'neutral', 'neutral', '', "acknowledgement")
R(D, "The escape happened in the middle of the fighting, and I would refer you to the Libyan authorities for the details.",
  UN, 'neutral', 'neutral', '', "fact + referral")
for st in ('France', 'Italy', 'United Kingdom', 'United States'):
    R(D, "And the joint statement by France, Italy, the United Kingdom and the United States last weekend warned that those who undermine security in Tripoli will be held accountable.",
      st, 'condemning', 'negative', '', "joint statement of four states, one row each; warning of accountability = threat against unnamed spoilers")
R(D, "The Secretary-General has said repeatedly that there can be no impunity for breaches of international humanitarian law, and he fully supports Mr. Salamé in working with Member States to that end.",
  UN, 'condemning', 'negative', '', "demand for accountability of violators (unnamed)")
R(D, "The Mission has international staff in Tripoli and they will remain there; any decision on numbers will be taken in the light of the security situation.",
  UN, 'neutral', 'neutral', '', "staffing facts")
# no row: opening line on Salamé briefing the Council (a meeting in narrative); 'Mr. Salamé's remarks ... shared'; press encounter note;
# the questions themselves ('Is the Mission worried ...?', 'Does the Secretary-General ...?'); 'there are reports that some 400 inmates escaped' (unnamed source).
