# ------------------------------------------------------------------ Armenia freezes CSTO participation (Armenian news agency in English, 2024-02-23)
d = "page_armenia_csto_agency.txt"
U(d, "Prime Minister Nikol Pashinyan has said that Armenia's participation", "in 2021 and 2022.",
  ("Armenia", C, neg, "CSTO", "agency dateline 'YEREVAN, FEBRUARY 23, HAYLUR. ' excluded; freeze with the grievance stated = condemning"))
U(d, "Speaking in an interview with the French television channel France 24", "without consequences.",
  ("Armenia", C, neg, "CSTO", "'the Prime Minister' by role; 'failure to act' judgement; France 24 = outlet, not France"))
U(d, "\"We have effectively frozen our participation.", "Pashinyan said.",
  ("Armenia", N, neu, "", "multi-sentence quote; the freeze stated with no grievance in the unit = neutral"))
U(d, "Asked whether Armenia intends to close the Russian military base", "not on the agenda.",
  ("Armenia", N, neu, "", "plain statement of fact/plan; Russia only mentioned"))
U(d, "The Prime Minister also said that in the autumn of 2023", "the country's elected government.",
  ("Armenia", C, neg, "Russia", "accusation of Russian officials"))
U(d, "He warned that a new Azerbaijani attack on Armenia could not be ruled out", "\"Western Azerbaijan\".",
  ("Armenia", C, neg, "Azerbaijan", "'He' = Pashinyan; warning + implicit accusation of territorial claims; Baku = Azerbaijan"))
U(d, "At the same time, Pashinyan reaffirmed that Armenia is ready to sign a peace treaty", "1991 Almaty Declaration.",
  ("Armenia", T, pos, "Azerbaijan", "readiness to sign a treaty = calling_for_talks"))
U(d, "Kremlin spokesman Dmitry Peskov told reporters on February 23", "regarding its membership.",
  ("Russia", N, neu, "", "statement of fact"))
U(d, "\"We will contact our Armenian colleagues to understand what exactly was meant,\" Peskov said", "according to TASS.",
  ("Russia", T, neu, "Armenia", "seeking clarification through contacts = diplomatic course (unsure: could be neutral); TASS = agency"))
U(d, "The Russian Foreign Ministry said it expects Yerevan to provide a detailed explanation", "bilateral channels.",
  ("Russia", T, neu, "Armenia", "demand for an explanation through bilateral channels, no judgement (labels/README: demand to one side with no judgement = talks)"))
U(d, "Russian Foreign Ministry spokeswoman Maria Zakharova, commenting on the interview", "not of the Armenian people.",
  ("Russia", C, neg, "", "accusation of 'certain Western capitals' and judgement of Yerevan's steps: two targets -> empty"))
U(d, "The CSTO Secretariat told RIA Novosti that it had received no notification", "participation in the organization.",
  ("CSTO", N, neu, "", "fact; RIA Novosti = agency, not an actor"))
U(d, "CSTO Secretary General Imangali Tasmagambetov said, in turn", "Collective Security Council.",
  ("CSTO", T, pos, "Armenia", "'doors remain open' + readiness to discuss = offer of talks"))
U(d, "At a joint press conference, Lecornu said France will continue to help Armenia", "Armenian armed forces.",
  ("France", S, pos, "Armenia", "military help pledged and delivered = supporting by act"))
U(d, "\"Armenia has every right to defend its borders.", "the French minister stressed.",
  ("France", S, pos, "Armenia", "multi-sentence quote closed by role ('the French minister'); backing, with an implicit rebuttal of Baku"))
U(d, "Papikyan said that all weapons Armenia acquires are intended exclusively for defense.", "exclusively for defense.",
  ("Armenia", N, neu, "", "defence minister (introduced by role above, surname only here); reassurance about own conduct = neutral"))
U(d, "The Azerbaijani Foreign Ministry spokesperson, Aykhan Hajizada, said that Paris", "policy of militarization.",
  ("Azerbaijan", C, neg, "France", "Paris = France; accusation + demand; 'what he described as' still his position"))
U(d, "Hikmet Hajiyev, foreign policy aide to the President of Azerbaijan, claimed", "involvement of third countries.",
  ("Azerbaijan", T, neu, "Armenia", "commitment to direct talks with Yerevan; the swipe at 'third countries' names no one"))
U(d, "EU foreign affairs spokesperson Peter Stano said that membership in alliances", "fully respects.",
  ("European Union", N, pos, "", "respecting a sovereign decision, no approval of the act itself (unsure: could be supporting)"))
U(d, "He noted that the EU continues to support Armenia's sovereignty", "border with Azerbaijan.",
  ("European Union", S, pos, "Armenia", "'He' = Stano; support + monitoring mission"))
U(d, "The opposition Armenia Alliance faction in parliament condemned", "nothing in return.",
  ("Armenia Alliance", C, neg, "Armenia", "opposition party (name files) judging its own government"))
U(d, "Speaker of the National Assembly Alen Simonyan said that Armenia is not going to join NATO", "at this stage.",
  ("Armenia", N, neu, "", "parliament speaker = state organ; plan, no judgement; NATO only mentioned"))
