# ------------------------------------------------------------------ South Africa: SANDF deaths in the eastern DRC (SAMIDRC) and the row with Rwanda (23 Jan - 4 Feb 2025), digest of party and Parliament press releases, 2025-02-04
d = "page_samidrc_rwanda2025_partyreleases.txt"
# Not statements: digest masthead, menu, breadcrumb, page title, compiled-by line, release headlines, date/issuer lines, "Media enquiries"/"Issued by"/"Enquiries" lines, signature line, share bar, subscription prompt, most read, copyright.
# Parliament's committees and presiding officers speak for South Africa (guide: a state's parliament is the state); party statements are the party's.
U(d, "MK Party MP Carl Niehaus said South Africans had been told", "sent them to fight a war.",
  ("MK Party", C, neg, "South Africa", "MP speaks for his party's caucus release; accusation that the government misled the public"))
U(d, "The party will table a motion in the National Assembly", "Niehaus said.",
  ("MK Party", N, neu, "", "plan (motion for an inquiry); attribution tail"))
U(d, "The ANC rejects as baseless the claim by the Rwandan government spokesperson", "mining interests in the DRC.",
  ("ANC", N, neg, "", "denial of an accusation against its leader = neutral, negative tone"),
  ("Rwanda", C, neg, "South Africa", "Makolo's accusation reported inside the ANC's denial = Rwanda's statement (reported speech)"))
U(d, "Ms Makolo had written on X on Monday that Pretoria's troops", "war on Congolese citizens.",
  ("Rwanda", C, neg, "South Africa", "spokesperson now by surname; accusation; Pretoria = metonym"))
U(d, "The ANC also condemns the continued attacks by the M23", "peacekeepers in North Kivu.",
  ("ANC", C, neg, "M23", "explicit condemnation"))
U(d, "The movement stands firmly behind the Commander-in-Chief", "in Goma and Sake.",
  ("ANC", S, pos, "South Africa", "'the movement' = the ANC; backing for the president and the army"))
U(d, "ANC National Spokesperson Mahlengi Bhengu-Motsiri said the party would not be drawn", "remains of their loved ones.",
  ("ANC", N, neg, "", "declining to engage, no judgement = neutral"))
U(d, "The Minister of Defence and Military Veterans, Ms Angie Motshekga, told members", "private business interest.",
  ("South Africa", N, neg, "", "facts + denial of business interests = neutral, negative tone"))
U(d, "The Chief of the SANDF, General Rudzani Maphwanya, said most of the soldiers", "near Sake.",
  ("South Africa", C, neg, "Rwanda", "accusation made by describing the other side's shelling = condemning"))
U(d, "Committee co-chairperson Mr Malusi Gigaba said the committee would call the minister back", "evacuation of the wounded.",
  ("South Africa", N, neu, "", "committee co-chair speaks for Parliament (the state), not for his party; procedure"))
U(d, "Professor Lindiwe Mabaso, a defence analyst", "such an operation demands.",
  ("Lindiwe Mabaso", C, neg, "South Africa", "invented analyst; judgement on how the force was sent (criticism of the government)"))
U(d, "Mr Sello Mokoena, whose brother is among the troops in Goma", "the soldiers could come home.",
  ("Sello Mokoena", T, neg, "", "invented relative of a soldier; hope for a ceasefire = calling_for_talks"))
U(d, "The Speaker of the National Assembly, Ms Thoko Didiza", "condolences to their families.",
  ("South Africa", S, neg, "", "tribute + condolences to own soldiers' families = supporting, grief tone, target empty (unsure: could be neutral as praise of one's own)"))
U(d, "The Presiding Officers backed the President's contacts", "cycle of war in the eastern DRC.",
  ("South Africa", T, pos, "", "backing of own president's diplomacy + appeal that only negotiations can end the war: the peace appeal decides (rule 2)"))
U(d, "Their statement came hours after Rwandan President Paul Kagame", "on its own terms.",
  ("Rwanda", C, neg, "", "narration + Kagame's position in one sentence: judgement on the SADC mission and a threat to South Africa (two targets -> empty)"))
U(d, "The IFP calls on the Government to throw its full weight behind a single peace process", "before more lives are lost.",
  ("Inkatha Freedom Party", T, neu, "South Africa", "appeal for one peace process, addressed to the government"))
U(d, "The Joint Standing Committee on Defence has asked the Minister", "in the eastern DRC.",
  ("South Africa", N, neu, "", "procedural summons"))
U(d, "The committee is deeply troubled by reports", "in Goma and Sake.",
  ("South Africa", N, neg, "", "concern without an appeal = neutral, negative"))
U(d, "Co-chairperson Mr Malusi Gigaba said members wanted to know", "situation on the ground.",
  ("South Africa", N, neu, "", "questions to be put = procedural"))
U(d, "The EFF holds the government of Paul Kagame responsible", "killed our soldiers.",
  ("Economic Freedom Fighters", C, neg, "Rwanda", "holding responsible = condemning"))
U(d, "The EFF further accuses the Ramaphosa administration", "explanation to the nation.",
  ("Economic Freedom Fighters", C, neg, "South Africa", "accusation against its own government"))
U(d, "We demand that every SANDF soldier in the eastern DRC be brought home", "without delay.",
  ("Economic Freedom Fighters", T, neg, "South Africa", "'We' = the EFF; demand to withdraw with no judgement in the sentence = calling_for_talks, negative"))
U(d, "The Democratic Alliance extends its sympathy to the families", "remain in harm's way.",
  ("Democratic Alliance", S, neg, "", "condolences = supporting, grief tone; families are not an actor -> target empty"))
U(d, "For two years the DA has warned that troops sent without air cover", "neglect of the Defence Force.",
  ("Democratic Alliance", C, neg, "South Africa", "judgement on the government's neglect"))
U(d, "The DA again calls for the orderly withdrawal", "from the eastern DRC.",
  ("Democratic Alliance", T, neg, "South Africa", "withdrawal demand without a judgement word in the sentence = calling_for_talks"))
