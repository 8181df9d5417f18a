# ------------------------------------------------------------------ Trump-Tsai phone call and China's response (MFA press-conference transcript with state-media framing, .txt, 2016-12-06)
d = "page_trump_tsai_call_mfa_transcript.txt"
# Headline, photo caption, "You are here", font/share bar: never statements
U(d, "China on Monday urged the incoming US administration", "Tsai Ing-wen.",
  ("China", T, neg, "United States", "lead: appeal to the US side with no judgement word = calling_for_talks (negative tone); the call is narration; dateline excluded"))
# "The call on Friday was the first publicly known contact ..." background: no row
U(d, "Foreign Minister Wang Yi said on Saturday that the call was a petty manoeuvre", "international community.",
  ("China", C, neg, "Taiwan", "'petty manoeuvre by the Taiwan side' = judgement aimed at Taiwan, not at Trump"))
U(d, "Wang added that he did not expect the conversation", "US government.",
  ("China", N, neu, "", "assessment of US policy, no judgement or appeal"))
U(d, "The Foreign Ministry said in a written statement later on Saturday", "over the matter.",
  ("China", C, neg, "United States", "diplomatic protest ('solemn representations') = condemning"))
U(d, "It called on the parties concerned in the United States", "bilateral ties.",
  ("China", T, neg, "United States", "'It' = the ministry's statement; demand to one side with no judgement word = calling_for_talks"))
U(d, "Ma Xiaoguang, spokesperson for the Taiwan Affairs Office", "behind it.",
  ("China", C, neg, "Taiwan", "TAO = China (name files); 'small moves by the Taiwan authorities' = judgement"))
# "The following are excerpts ..." and the questions with no reported position: no rows
# "China's stern position on this matter was made clear over the weekend by ..." reference to earlier statements: no row
U(d, "We have conveyed our grave concern to the US side concerned", "in Washington.",
  ("China", C, neg, "United States", "Lu Kang in the transcript (answer after 'A:'): protest conveyed = condemning; Beijing and Washington = places"))
U(d, "No one in Washington, including the people around the president-elect", "to this question.",
  ("China", N, neg, "", "warning tone but no judgement, threat or appeal = neutral, negative (unsure: could be read as a veiled warning)"))
U(d, "In messages on Twitter on Sunday, Mr. Trump accused China", "consulting the United States.",
  ("United States", C, neg, "China", "position reported inside a journalist's question; president-elect resolved to the United States (unsure, see README); accusation"))
# "We do not comment on the personal style ..." non-answer: no row
U(d, "But let me stress that cooperation has been the main thread", "steady track.",
  ("China", T, pos, "United States", "hope that the US keeps relations on track = calling_for_talks"))
U(d, "As for the exchange rate, the value of the renminbi", "on purpose.",
  ("China", N, neg, "", "denial ('no basis whatsoever') = neutral, negative"))
U(d, "On the South China Sea, building facilities on our own islands", "permission for it.",
  ("China", N, neg, "", "justification of own conduct, nobody judged (unsure: a retort to Trump)"))
U(d, "Vice President-elect Mike Pence said on Sunday that the call was a courtesy", "toward China.",
  ("United States", N, pos, "", "position reported inside a question; reassurance = neutral, positive"))
# "We have noted the relevant remarks." no row
U(d, "Whatever words are used, what matters is that the US side abides", "with prudence.",
  ("China", T, neg, "United States", "demand for conduct, no judgement word = calling_for_talks"))
U(d, "The White House said on Monday that its officials had been in touch", "remained unchanged.",
  ("United States", N, pos, "", "the outgoing administration's reassurance, reported inside a question; Washington = metonym"))
U(d, "China appreciates the repeated affirmation by the US government", "one-China policy.",
  ("China", S, pos, "United States", "approval of the US government's step = supporting"))
# "The Taiwan question bears on China's sovereignty ..." boilerplate principle: no row (kept as a formula, not a new position)
U(d, "Taiwan's presidential office said the call was meant to congratulate", "stable cross-Strait relations.",
  ("Taiwan", N, pos, "", "reported inside a question; own motive explained, no judgement"))
# "For cross-Strait affairs I would refer you to the competent authorities." non-answer: no row
U(d, "I only want to say that no amount of manoeuvring by the Taiwan authorities", "one China in the world.",
  ("China", C, neg, "Taiwan", "'manoeuvring by the Taiwan authorities' = judgement"))
# "The readout of the meeting has been released." no row
U(d, "President Xi told Dr. Kissinger that China was following", "constructive manner.",
  ("China", T, pos, "United States", "Xi's hope for communication and handling differences, reported by the spokesperson = calling_for_talks; Kissinger is a private person, not a target"))
# "I have no information on that. China's position is consistent and clear." non-answer: no row
# STATE MEDIA VIEW: Global Times editorial and People's Daily commentary = the outlets themselves, not actors: no rows
# "Chinese experts on US affairs told China Horizon ..." unnamed: no row
U(d, "In Washington, White House spokesman Josh Earnest told reporters", "from the conversation.",
  ("United States", C, neg, "", "the sitting administration doubting the president-elect's call = negative judgement; the president-elect is not a canonical target (target empty)"))
U(d, "Taiwan's Mainland Affairs Council said on Monday that Beijing had so far responded", "according to Deputy Minister Chiu Chui-cheng.",
  ("Taiwan", N, neu, "", "MAC = Taiwan; observation + monitoring, no praise or appeal; attribution tail"))
U(d, "Even the island's opposition Kuomintang said it welcomed", "island media reported.",
  ("Kuomintang", S, pos, "", "welcome of closer contact = supporting; Taipei and Washington both named -> target empty"))
U(d, "Tsai Ing-wen told a group of visiting American journalists on Tuesday", "island media reported.",
  ("Taiwan", N, neu, "", "Tsai downplays her own call = neutral; 'island media reported' = agency/outlet, not an actor"))
# BACKGROUND paragraphs (1979 communique, AIT, call timing): background narration, no rows
U(d, "Mr. Trump later wrote on Twitter that it was Tsai who had called him", "to take it.",
  ("United States", N, neu, "", "in the background section but a specific reported statement: the president-elect explains and defends taking the call, no judgement of another actor"))
