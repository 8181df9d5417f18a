# ------------------------------------------------------------------ Mogadishu truck bombing (regional round-up of reactions under country subheadings, full HTML, 2017-10-16)
d = "page_mogadishu_bombing_roundup.html"
U(d, "The truck bomb that exploded at a busy junction", "said on Monday.",
  ("Somalia", N, neu, "", "casualty figures given by the information minister = neutral, neutral tone"))
U(d, "President Mohamed Abdullahi Mohamed \"Farmajo\" declared three days", "ordinary Somalis.",
  ("Somalia", C, neg, "Al-Shabaab", "mourning declared + 'heartless crime by al-Shabaab': the judgement decides; the attack is unclaimed but the president names al-Shabaab"))
U(d, "Moussa Faki Mahamat, chairperson of the AU Commission, condemned", "critical moment.",
  ("African Union", C, neg, "", "condemnation + appeal for unity: rule 1; no perpetrator named, target empty"))
U(d, "The Commission pledged that AMISOM troops would remain alongside Somali forces.", "The Commission pledged that AMISOM troops would remain alongside Somali forces.",
  ("African Union", S, pos, "Somalia", "'The Commission' = AU Commission by context; AMISOM = AU; continued military backing = supporting"))
U(d, "Presidential spokesman Ibrahim Kalin said two military planes", "Turkish hospitals.",
  ("Turkey", S, neu, "Somalia", "body only under the 'Turkey' subheading, Kalin is in the name files; medical aid sent = supporting by act"))
U(d, "President Recep Tayyip Erdogan, in a message to his Somali counterpart", "against terror.",
  ("Turkey", S, pos, "Somalia", "solidarity message = supporting"))
U(d, "The foreign ministry said two aircraft carrying about 11 tonnes", "injured patients.",
  ("Kenya", S, neu, "Somalia", "'The foreign ministry' resolved only by the 'Kenya' subheading; aid and treatment offered = supporting"))
U(d, "The foreign ministry condemned the bombing unreservedly.", "The foreign ministry condemned the bombing unreservedly.",
  ("Qatar", C, neg, "", "ministry resolved by the 'Qatar' subheading; condemnation with no perpetrator named, target empty"))
U(d, "A Qatari plane carrying doctors and medicines", "the ministry added.",
  ("Qatar", S, neu, "Somalia", "aid sent = supporting by act; attribution tail 'the ministry added'"))
U(d, "The State Department condemned the attack in the strongest terms.", "The State Department condemned the attack in the strongest terms.",
  ("United States", C, neg, "", "State Department = US; no perpetrator named, target empty"))
U(d, "It said the United States would keep working with Somalia", "defeat terrorism.",
  ("United States", S, pos, "Somalia", "'It' = the State Department; continued backing = supporting"))
U(d, "Secretary-General António Guterres said he was sickened", "brought to justice.",
  ("United Nations", C, neg, "", "judgement of the killings + demand for justice (rule 1); no perpetrator named, target empty"))
U(d, "His special representative, Michael Keating, said UN agencies were helping", "medical care.",
  ("United Nations", S, neu, "Somalia", "SRSG = UN; help being provided = supporting by act"))
U(d, "Foreign Secretary Boris Johnson called the bombing a despicable act", "Somali authorities.",
  ("United Kingdom", C, neg, "", "judgement + offer of help in one sentence: the judgement decides (as batch5c's ECOWAS lead); target empty"))
