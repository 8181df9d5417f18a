# ------------------------------------------------------------------ Taylor's exile, ECOMIL in Monrovia, the US role (West African daily, scraped, 2003-08-14)
d = "page_taylor_exile_westafricandaily.txt"
# No row: masthead, menu, date, section, headline, standfirst, byline, posted line, photo caption with credit, ADVERTISEMENT,
# capitals crossheads, "Related:" lines, share bar, more-from list, most read, copyright.
U(d, "Nigerian-led West African peacekeepers took control of Monrovia's Freeport on Thursday", "besieged since June.",
  ("LURD", T, neu, "", "dateline excluded; long lead: the rebels' handover of the port and pull-back = de-escalation by act (ceasefire commitment) = calling_for_talks; the peacekeepers' taking control is narration"))
U(d, "About 200 United States Marines flew into Roberts International Airport", "rather than to take over from it.",
  ("United States", S, neu, "ECOWAS", "backing by act (troops sent to back the ECOWAS force); Washington = metonym"))
# No row: "Crowds cheered as Nigerian armoured vehicles crossed ..." (scene)
U(d, "The ECOMIL commander, Brigadier-General Festus Okonkwo, said his troops would deploy", "over the coming days.",
  ("ECOWAS", N, neu, "", "ECOMIL (the ECOWAS force) = ECOWAS; deployment plan, war vocabulary as topic"))
U(d, "Any fighter, from either side, who tried to carry a gun back into the zone", "he warned.",
  ("ECOWAS", C, neg, "", "'he' = Okonkwo; threat of a response against fighters of both sides -> target empty"))
U(d, "A LURD spokesman at the port said the movement had honoured its promise", "near the bridges overnight.",
  ("LURD", C, neg, "Liberia", "unnamed spokesman of a named group; commitment to withdraw + accusation of government militias: rule 1"))
U(d, "Defence Minister Daniel Chea denied that government forces had opened fire", "their side of the river.",
  ("Liberia", N, neg, "", "denial = neutral, negative; the pull-back order is a fact"))
# No row: "Thursday's handover came three days after Charles Taylor resigned and flew into exile ..." (background narration)
U(d, "In a long farewell speech at the Executive Mansion on Monday, Taylor accused Washington", "could happen to them.",
  ("Liberia", C, neg, "United States", "outgoing head of state at the handover = Liberia; accusation; Washington = metonym"))
U(d, "He also appealed to foreign governments not to abandon Liberians now that he was gone", "for two months.",
  ("Liberia", T, neg, "", "'He' = Taylor; asking for humanitarian help is not supporting (README): an appeal = calling_for_talks"))
# No row: "Taylor then handed the presidential sash to his vice-president ..." (narration; Obasanjo's jet is an object)
U(d, "Ghana's President John Kufuor, the current chairman of ECOWAS,", "on its feet again.",
  ("ECOWAS", S, pos, "Liberia", "a head of state speaking as the chair of a regional body at its own mediation speaks for ECOWAS; solidarity = supporting; Mbeki and Chissano only witnessed (no rows)"))
U(d, "In his first address as president, Blah held out his hand to the rebels", "takes over in October.",
  ("Liberia", T, pos, "LURD", "offer to the rebels to join = calling_for_talks; 'the rebels' = LURD (and MODEL); target LURD as the main party addressed on this page (unsure: could be empty)"))
U(d, "He flew to Accra on Thursday for the peace conference,", "all offensive operations.",
  ("Liberia", T, pos, "", "'He' = Blah; offer of cabinet posts + halt of offensives, reported by his aides; Accra = place"))
# No row: "The rebels are in no mood to accept him." (summary line)
U(d, "\"We are glad Taylor is gone.", "in Accra on Wednesday.",
  ("LURD", C, neg, "Liberia", "multi-sentence quote closed by its speaker; welcome of Taylor's exit + rejection of the interim leader in protest: welcome + judgement, rule 1"))
U(d, "In Abuja, presidential spokeswoman Remi Oyo said Taylor and his family had settled in Calabar", "receiving political visitors.",
  ("Nigeria", N, neu, "", "Obasanjo's spokeswoman = Nigeria; terms of the asylum = procedure; Abuja = place"))
U(d, "She said Nigeria would not hand the former president over to the Special Court for Sierra Leone", "the region stood behind it.",
  ("Nigeria", N, neg, "Special Court for Sierra Leone", "'She' = Oyo; refusal with a stated (non-protest) reason = neutral (unsure: could be condemning as a refusal of the court)"))
# No row: "The court's prosecutor, David Crane, was unmoved." (summary line)
U(d, "\"Nigeria is sheltering a man indicted for some of the worst crimes of our time.", "Crane said in Freetown.",
  ("Special Court for Sierra Leone", C, neg, "Nigeria", "prosecutor speaks for the court; accusation + demand: rule 1; Freetown = place"))
U(d, "In Washington, White House spokesman Scott McClellan said President George W. Bush welcomed Taylor's departure", "needed them.",
  ("United States", S, pos, "ECOWAS", "welcome of a step + support for the West African force = supporting; target = the force backed (Taylor's departure is the welcomed step)"))
U(d, "U.S. Ambassador John Blaney, who attended the port ceremony,", "could dock.",
  ("United States", N, neu, "", "plans for the port (humanitarian logistics), no appeal"))
U(d, "A Pentagon official said the rest of the 2,300-strong task force", "as a reserve.",
  ("United States", N, neu, "", "unnamed official of a named body; deployment facts"))
U(d, "Jacques Paul Klein, the UN Secretary-General's special representative for Liberia,", "by October.",
  ("United Nations", N, neu, "", "plans for a UN force = neutral"))
U(d, "Secretary-General Kofi Annan welcomed the peaceful transfer of power", "his spokesman said in New York.",
  ("United Nations", T, pos, "", "welcome + appeal for a full agreement: rule 2 before rule 3; attribution tail"))
U(d, "The World Food Programme said it was alarmed that looters had emptied its warehouses", "once new stocks arrive.",
  ("World Food Programme", T, neg, "", "WFP kept separate from the UN (name files); alarm + figures + an appeal for humanitarian access = concern with an appeal = calling_for_talks"))
# No row: "Aid agencies estimate ..." (unnamed), "Analysts in Accra said the port handover was the easy part." (unnamed speakers)
U(d, "\"The capital is now full of peacekeepers, but the rest of the country is not.", "a conflict-resolution centre in Accra.",
  ("Comfort Ahiable", N, neg, "", "independent analyst; risks and scenario, no judgement; LURD and MODEL are mentioned, not speakers"))
U(d, "She said a UN force would need at least six months to reach the counties", "as they could.",
  ("Comfort Ahiable", N, neg, "", "'She' = Ahiable; forecast, no judgement"))
U(d, "Augustine Kollie, a Liberian political scientist living in exile in Accra, said ordinary Liberians felt relief rather than joy.", "rather than joy.",
  ("Augustine Kollie", N, neu, "", "independent scholar; the public mood, no judgement"))
U(d, "He was less generous towards Abuja:", "supposed to accept it.\"",
  ("Augustine Kollie", C, neg, "Nigeria", "quote opened after a colon; judgement of Nigeria's asylum (Abuja = metonym)"))
# No row: the Vai Town cassava seller (unnamed resident).
