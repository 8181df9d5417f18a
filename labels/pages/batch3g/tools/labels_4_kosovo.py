# ------------------------------------------------------------------ Kosovo-Serbia plates (full HTML, 2022-11-24)
d = "page_kosovo_plates_webpage.html"
U(d, "The European Union's foreign policy chief Josep Borrell announced late on Wednesday", "from escalating.",
  ("European Union", T, pos, "", "dateline 'BRUSSELS/PRISTINA – ' excluded; mediator announcing measures to avoid escalation = agreement on a de-escalation deal"),
  ("Kosovo", T, neu, "", "position of X reported by Y: its chief negotiator agreed to de-escalation measures"),
  ("Serbia", T, neu, "", "position of X reported by Y: its chief negotiator agreed to de-escalation measures"))
U(d, "Under the arrangement, Serbia will stop issuing plates", "Borrell wrote on Twitter.",
  ("European Union", N, neu, "", "the deal's content (plans), attribution tail; Serbia's and Kosovo's commitments already counted in the previous row"))
U(d, "\"This is a good day for the region.", "he added.",
  ("European Union", T, pos, "", "multi-sentence quote; praise + invitation to further talks: rule 2 before rule 3"))
U(d, "On Monday Borrell had said that Vučić accepted an EU proposal", "final agreement.",
  ("European Union", N, neg, "Kosovo", "saying who accepted and who refused, without a judgement word: neutral with negative tone; could be read as blame"),
  ("Kosovo", C, neg, "European Union", "second actor in the same sentence: accusation against the bloc"))
U(d, "Kosovo's deputy prime minister and chief negotiator, Besnik Bislimi, welcomed the agreement", "lay ahead.",
  ("Kosovo", S, pos, "", "welcome, no appeal in this sentence"))
U(d, "\"Plates were never the problem.", "Bislimi said.",
  ("Kosovo", T, neu, "", "multi-sentence quote; demand for talks to begin"))
U(d, "In Belgrade, the head of the Serbian government's office for Kosovo, Petar Petković, claimed victory", "forced to back down.",
  ("Serbia", N, pos, "", "self-praise of own side's result; Belgrade = place; mild jab at Pristina, no judgement word"))
U(d, "Petković said recognition of Kosovo", "never will be\".",
  ("Serbia", N, neu, "", "surname only; rejection of an agenda item without protest or judgement on an actor; could be read as condemning"))
U(d, "Vučić told reporters he was glad that peace had been preserved", "for his patience.",
  ("Serbia", S, pos, "European Union", "surname only; thanks to the EU envoy = praise"))
U(d, "He warned, however, that Serbia would not stand by", "attacked or arrested again.",
  ("Serbia", C, neg, "Kosovo", "conditional threat"))
U(d, "Kurti had postponed the start of fines", "request from Washington.",
  ("Kosovo", N, neu, "", "own measure postponed; the US request is narrated via 'his office described', so no US row"))
U(d, "His government said on Thursday it remained committed to dialogue", "mutual respect\".",
  ("Kosovo", T, pos, "", "commitment to dialogue"))
U(d, "The United States' ambassador in Pristina, Jeffrey Hovenier, praised both leaders", "from the brink.",
  ("United States", S, pos, "", "praise of both sides -> target empty; Pristina = place"))
U(d, "The State Department said in a statement that it welcomed the agreement", "in good faith.",
  ("United States", T, pos, "", "welcome + appeal to implement: rule 2 before rule 3"))
U(d, "NATO Secretary General Jens Stoltenberg, whose alliance leads", "welcomed the news.",
  ("NATO", S, pos, "", "welcome, no appeal"))
U(d, "\"Our troops in KFOR are watching closely,\" he wrote.", "he wrote.",
  ("NATO", N, neu, "", "KFOR = NATO; own posture (quote before the speaker)"))
U(d, "In Moscow, Russian foreign ministry spokeswoman Maria Zakharova accused the West", "against Serbs.",
  ("Russia", C, neg, "Kosovo", "accusation; 'the West' non-canonical, main target the Kosovo authorities"))
U(d, "She said Russia supported Belgrade's efforts", "Serb population.",
  ("Russia", S, pos, "Serbia", "Belgrade = capital as metonym for Serbia (target)"))
U(d, "Serb List, the main party of Kosovo Serbs", "was set up.",
  ("Srpska Lista", C, neg, "Kosovo", "boycott of institutions continued with a condition: refusal in protest; unsure, could be neutral"))
U(d, "Some 10,000 vehicles in the north still use plates issued by Serbia", "interior ministry.",
  ("Kosovo", N, neu, "", "figure from Kosovo's interior ministry"))
