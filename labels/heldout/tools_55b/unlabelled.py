"""List body sentences (naive split) that carry no row, to re-check for missed statements."""
import sys, re, html, importlib.util, glob, os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for mod in sorted(glob.glob(BASE + "/tools/labels/p*.py")):
    spec = importlib.util.spec_from_file_location("m", mod); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    s = open(os.path.join(BASE, m.DOC), encoding="utf-8").read()
    if m.DOC.endswith(".html"):
        s = re.sub(r"(?s)<head>.*?</head>", " ", s); s = re.sub(r"(?s)<script.*?</script>", " ", s)
        s = re.sub(r"<(p|li|h\d|figcaption|div|blockquote)[^>]*>", "\n", s); s = re.sub(r"<[^>]+>", " ", s); s = html.unescape(s)
    labelled = " ".join(re.sub(r"\s+", " ", r[0]) for r in m.ROWS)
    print("=====", m.DOC)
    for line in s.split("\n"):
        line = re.sub(r"\s+", " ", line).strip()
        if len(line.split()) < 8: continue
        for sent in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+(?=["“A-Z])', line):
            if sent and sent not in labelled and len(sent.split()) >= 6:
                print("  -", sent[:160])
