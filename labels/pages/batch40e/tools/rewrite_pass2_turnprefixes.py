#!/usr/bin/env python3
"""One-off edit: the first sentence of a transcript turn keeps its speaker label (Question:/Spokesman:/JOURNALIST:/MINISTER PAYNE:),
as in earlier noon-briefing pages of the project."""
p = '/work/batch40e/tools/labels.py'
s = open(p).read()
pre = [
 ('("The Secretary-General\'s views', '("Spokesman: The Secretary-General\'s views'),
 ('("The Foreign Ministry in Beijing said today', '("Question: The Foreign Ministry in Beijing said today'),
 ('("Every country has its own judicial process', '("Spokesman: Every country has its own judicial process'),
 ('("I think I\'ve said what I have to say', '("Spokesman: I think I\'ve said what I have to say'),
 ('("On the same topic, Amnesty', '("Question: On the same topic, Amnesty'),
 ('("We have seen, in many countries', '("Spokesman: We have seen, in many countries'),
 ('("The wounded peacekeepers', '("Spokesman: The wounded peacekeepers'),
 ('("It is too early to draw conclusions', '("Spokesman: It is too early to draw conclusions'),
 ('("Minister, North Korea\'s state news agency', '("JOURNALIST: Minister, North Korea\'s state news agency'),
 ('("Mr Sigley said overnight', '("JOURNALIST: Mr Sigley said overnight'),
 ('("We will keep engaging with the DPRK', '("MINISTER PAYNE: We will keep engaging with the DPRK'),
 ('("Senator Wong said last week', '("JOURNALIST: Senator Wong said last week'),
 ('("It has, and I thank Senator Wong', '("MINISTER PAYNE: It has, and I thank Senator Wong'),
 ('("We have no plans to do that.', '("MINISTER PAYNE: We have no plans to do that.'),
]
for a, b in pre:
    n = s.count(a)
    assert n >= 1, a
    s = s.replace(a, b)
open(p, 'w').write(s)
print('done')
