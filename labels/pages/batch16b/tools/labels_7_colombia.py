# ------------------------------------------------------------------ Colombia's peace-deal plebiscite rejected (op-ed by a named expert with an author bio, 2016-10-05)
d = "page_colombia_referendum_oped.txt"
U(d, "President Juan Manuel Santos reacted on Sunday night with the right instincts.", "President Juan Manuel Santos reacted on Sunday night with the right instincts.",
  ("Lucía Ardila Montoya", S, pos, "Colombia", "op-ed author (independent person, invented): explicit praise of Santos's reaction = supporting; Santos = Colombia"))
U(d, "He kept the bilateral ceasefire in force and sent his chief negotiator", "back to Havana.",
  ("Colombia", T, neu, "", "'He' = Santos; ceasefire kept + negotiator sent back = acts for talks reported as done; the author only narrates here"))
U(d, "The FARC commander, Rodrigo Londoño, known as Timochenko, answered", "politics alone.",
  ("FARC", T, pos, "", "commander speaks for the FARC; commitment to peace by political means"))
U(d, "Álvaro Uribe, who led the No campaign from the Senate, says the accord rewarded atrocities", "anything else moves.",
  ("Álvaro Uribe", C, neg, "", "Uribe is his own actor (actors.csv); 'rewarded atrocities with impunity' = judgement of the accord (government + FARC), target empty; wanting it rewritten is inside the same judgement"))
U(d, "The UN Secretary-General dispatched his special representative, Jean Arnault", "lasting settlement.",
  ("United Nations", T, neu, "", "envoy sent to stay in contact with both delegations = calling_for_talks"),
  ("United States", S, pos, "Colombia", "same sentence, second actor: Washington (metonym) promises continued backing = supporting"))
U(d, "Santos made a serious error when he submitted a negotiated peace", "in his pocket.",
  ("Lucía Ardila Montoya", C, neg, "Colombia", "explicit judgement by the author ('serious error') of the president = Colombia"))
U(d, "Uribe's camp must put concrete, written proposals on the table", "not weeks.",
  ("Lucía Ardila Montoya", T, neu, "Álvaro Uribe", "author's 'must' appeal for proposals to negotiate = calling_for_talks; 'Uribe's camp' = Uribe"))
U(d, "The FARC, too, should accept that parts of the deal", "open to discussion.",
  ("Lucía Ardila Montoya", T, neu, "FARC", "author's appeal to the FARC to renegotiate"))
U(d, "Above all, the ceasefire that Santos says will expire on October 31", "negotiating table.",
  ("Lucía Ardila Montoya", T, neu, "", "author's appeal to extend the ceasefire; addressed to both sides, target empty"),
  ("Colombia", N, neu, "", "Santos's own plan (expiry date) reported in a relative clause = neutral"))
U(d, "Colombians voted against this agreement, not against peace", "better one soon.",
  ("Lucía Ardila Montoya", T, pos, "", "author's closing appeal for a new agreement; hopeful tone"))
