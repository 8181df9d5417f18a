# ------------------------------------------------------------------ US-Turkey row over pastor Brunson (Turkish state media, 2018-08-16)
d = "page_brunson_tariffs_statemedia.txt"
# Not statements: menu, section path, headline, standfirst, byline/date, share bar, "ANKARA" dateline line, photo captions
# with credits and "1 of 3", ADVERTISEMENT, capitals crossheads, "Related:", tags, newsletter prompt, MOST READ, copyright.
U(d, "Turkey on Wednesday doubled import duties on a range of US goods", "against the Turkish economy.",
  ("Turkey", C, neg, "United States", "long lead: counter-tariffs announced as done, framed by Oktay as a reply to a US 'campaign' = a measure against another side"))
# "The presidential decree, published in the Official Gazette ..." : the decree's content from the Gazette, told by the outlet (no row; the act is the lead's)
U(d, "\"We have taken this step on the basis of reciprocity", "Twitter account.",
  ("Turkey", C, neg, "United States", "two-sentence quote closed by its speaker (surname only); retaliation + warning to 'those who target our economy' (the US by context)"))
U(d, "The measures came five days after US President Donald Trump said he had authorized", "province of Izmir.",
  ("United States", C, neg, "Turkey", "position carried in a background sentence: doubled tariffs on Turkish steel authorized = a measure against Turkey"))
U(d, "Presidential spokesman Ibrahim Kalin said Ankara had no appetite", "unanswered.",
  ("Turkey", C, neg, "United States", "no wish for a trade war + 'would not leave hostile steps unanswered' = a threatened response (the threat decides)"))
U(d, "\"We did not start this, and we are not looking for a trade war.", "\"on the basis of mutual respect.\"",
  ("Turkey", C, neg, "United States", "quote closed by the speaker with an attribution tail that offers dialogue: implied blame + threat decide over the dialogue offer (rule 1; unsure, could be calling_for_talks)"))
U(d, "Addressing party members in the capital on Tuesday, Erdogan said", "unity and production.",
  ("Turkey", C, neg, "", "accuses an unnamed 'operation against its currency'; the capital is a place here; no actor named -> target empty"))
U(d, "\"There are other phones and other televisions in this world", "shun American electronic goods.",
  ("Turkey", C, neg, "United States", "call to boycott US electronics = a measure against another side"))
U(d, "Turkey, the president said, would not kneel", "threats and sanctions.\"",
  ("Turkey", C, neg, "", "'the president' = Erdogan; defiance of 'threats and sanctions', no actor named in the sentence -> target empty"))
U(d, "Erdogan also accused Washington of stabbing a strategic partner", "rather than of an ally.",
  ("Turkey", C, neg, "United States", "Washington is the object (target), not the speaker"))
U(d, "In Izmir, a court on Wednesday rejected a fresh appeal", "told Ankara News Agency.",
  ("Turkey", N, neu, "", "court decision reported as done = state procedure (unsure: could be narration); the lawyer only reports the fact, no row for him"))
# "A higher court will now review the request, he said." : the lawyer on procedure (no position, no row)
# "Brunson, who ran a small Protestant church ..." : background in the outlet's own framing (no row)
U(d, "Justice Minister Abdulhamit Gul, one of the two ministers targeted", "pressure from abroad.",
  ("Turkey", N, neu, "", "role then name; reassurance about the courts' independence = neutral; the US Treasury is mentioned, not speaking"))
U(d, "\"No one can give instructions to Turkish courts.", "nothing of his to freeze.",
  ("Turkey", C, neg, "United States", "quote closed by the speaker + attribution tail: rebuff of US pressure and a jibe at the sanctions (unsure: the quote alone could be neutral)"))
U(d, "Interior Minister Suleyman Soylu, the other minister on the list", "wanted back.",
  ("Turkey", C, neg, "United States", "jibe implying the US shelters a fugitive (Gulen) = accusation"))
U(d, "The dispute escalated sharply after Trump warned on July 26", "religious freedom conference in Washington.",
  ("United States", C, neg, "Turkey", "threat of sanctions by Trump and Pence = one row for their state; Washington = place"))
U(d, "On Aug. 1, the US Treasury froze any assets", "the pastor's prosecution.",
  ("United States", C, neg, "Turkey", "sanctions taken + judgement"))
U(d, "The administration wanted him home, he added, and it wanted that now.", "it wanted that now.",
  ("United States", T, neg, "Turkey", "'he' = Mnuchin; demand to release the pastor with no judgement word = appeal, negative (unsure)"))
U(d, "Ankara answered in kind three days later", "the interior secretary.",
  ("Turkey", C, neg, "United States", "Ankara = metonym; counter-sanctions ordered by Erdogan"))
U(d, "The Foreign Ministry described the US move at the time", "between the two countries.",
  ("Turkey", C, neg, "United States", "'The Foreign Ministry' = Turkey's by context; 'unacceptable intrusion'"))
U(d, "Foreign Minister Mevlut Cavusoglu, speaking in Ankara on Monday", "brought into line by threats.",
  ("Turkey", C, neg, "", "rejection of threats; no actor named in the sentence -> target empty; Ankara = place"))
U(d, "\"We have said it from the start: dialogue, yes, but pressure, no,\" the minister said.", "the minister said.",
  ("Turkey", T, neu, "United States", "'the minister'; offer of dialogue with a refusal of pressure and no judgement word = calling_for_talks (unsure)"))
U(d, "\"If the US continues on this road, it will lose a friend.\"", "lose a friend.\"",
  ("Turkey", C, neg, "United States", "quote continued after its attribution = own unit, same speaker; threat"))
U(d, "Cavusoglu said he had met Secretary of State Mike Pompeo", "had produced no result.",
  ("Turkey", T, neu, "", "agreement to keep working on the issue = commitment to talks"),
  ("United States", T, neu, "", "the US side's agreement reported by Cavusoglu = a US position (guide: X reported by Y is X's); Washington = place"))
U(d, "White House Press Secretary Sarah Sanders told reporters on Wednesday", "would not help matters.",
  ("United States", C, neg, "Turkey", "'unfortunate' aimed at Turkey's tariffs = like 'regrettable', a judgement"))
U(d, "Sanders also said Turkey's handling of the pastor's case", "would remember it.",
  ("United States", C, neg, "Turkey", "judgement + veiled warning; Washington = metonym inside her sentence"))
U(d, "A State Department spokeswoman, Heather Nauert, said on Tuesday", "nothing to do with Washington.",
  ("United States", N, neg, "", "role then name; denies responsibility for the lira's fall = neutral, negative tone"))
U(d, "Qatar's Emir Sheikh Tamim bin Hamad Al Thani, who met Erdogan", "Communications Directorate said.",
  ("Qatar", S, pos, "Turkey", "investment pledge = support by act; the directorate only reports it"))
U(d, "Erdogan thanked the emir on Twitter", "a true brother.",
  ("Turkey", S, pos, "Qatar", "thanks and praise for Qatar"))
U(d, "German Chancellor Angela Merkel said on Tuesday that Berlin wanted", "carried by German media.",
  ("Germany", S, pos, "Turkey", "wish for a sound Turkish economy = mild support (unsure: could be neutral); Berlin = metonym inside her sentence"))
U(d, "Russia, which has also been the target of US sanctions, criticized", "tool of policy.",
  ("Russia", C, neg, "United States", "first mention of Russia's position, then the specific one"))
U(d, "Sergey Lavrov, speaking after talks with Cavusoglu in Ankara on Tuesday", "their own currencies.",
  ("Russia", C, neg, "United States", "'illegitimate' unilateral measures (the US by context); the joint currency plan is inside the same sentence (no Turkey row: the plan is Lavrov's account)"))
# Lira paragraph: market narration (no row). The anonymous Istanbul economist: not an actor (no row).
# "Treasury and Finance Minister Albayrak is due to address ..." : the outlet's schedule note (no row)
U(d, "\"Our relations with the US are strategic and we want them to continue.", "central executive meeting.",
  ("Turkey", C, neg, "United States", "Omer Celik / AK Party = Turkey (guide); quote opened first, speaker given after: wish for ties + warning against pressure 'with a tweet' (Trump) = judgement decides"))
# "Meanwhile, several Turkish airlines and companies ..." : unnamed companies (no row)
