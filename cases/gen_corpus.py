# Shapes checked and found bounded (REPORT.md, "checked, no finding"): each a feed of up to ~10 MB.
# usage: gen_corpus.py DIR ; then: newscurator parse DIR/*  and  mk.sh NAME DIR/* ; newscurator run --config NAME.yaml
import json, os, sys
d = sys.argv[1]; os.makedirs(d, exist_ok=True)
H = '<?xml version="1.0" encoding="utf-8"?>\n'
def rss(items, extra_root=""):
    return H + f'<rss version="2.0"{extra_root}><channel><title>T</title><link>https://t.example.com/</link>\n' + items + '</channel></rss>'
body = "Researchers released an open source model trained on public code. It runs on one GPU and matches larger systems on reasoning benchmarks with a small memory footprint for developers."
good = f'<item><title>A good item</title><link>https://t.example.com/good</link><description>{body}</description></item>\n'
def w(name, text): open(os.path.join(d, name), "w").write(text)
w("a_attrs.xml", rss(good, "".join(f' a{i}="x"' for i in range(200000))))
w("b_ns.xml", rss(good, "".join(f' xmlns:n{i}="urn:x:{i}"' for i in range(200000))))
w("c_bigattr.xml", rss(f'<item><title>Big attr</title><link>https://t.example.com/x</link><description x="{"a"*5000000}">{body}</description></item>\n' + good))
w("d_tiny.xml", rss("<item/>" * 1000000 + good))
w("e_json_tiny.json", json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{}] * 1000000 + [{"id": "g", "url": "https://t.example.com/g", "title": "Good", "content_text": body}]}))
w("f_json_escapes.json", '{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"g","url":"https://t.example.com/g","title":"Good","content_text":"' + "\\u0041" * 1500000 + '"}]}')
w("h_json_keys.json", '{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{' + ",".join(f'"k{i}":1' for i in range(500000)) + ',"id":"g","url":"https://t.example.com/g","title":"Good","content_text":"' + body + '"}]}')
w("h2_json_dupkeys.json", '{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{' + ",".join('"title":"x"' for i in range(500000)) + ',"id":"g","url":"https://t.example.com/g","content_text":"' + body + '"}]}')
w("k_nbsp.xml", rss(f'<item><title>N</title><link>https://t.example.com/n</link><description>{"&nbsp;"*1500000}</description></item>\n' + good))
w("l_numref.xml", rss(f'<item><title>N</title><link>https://t.example.com/n</link><description>{"&#x1F600;"*1000000}</description></item>\n' + good))
w("m_cats.xml", rss(f'<item><title>C</title><link>https://t.example.com/c</link>{"<category>a</category>"*400000}<description>{body}</description></item>\n' + good))
w("n_xhtml.xml", H + '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>X</title><link href="https://t.example.com/x"/><id>https://t.example.com/x</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">' + "<b>x</b> " * 1000000 + '</div></content></entry></feed>')
w("p_base.xml", rss("".join(f'<item xml:base="https://t.example.com/{"a/"*2000}"><title>B{i}</title><link>../../x{i}</link><description>{body}</description></item>\n' for i in range(2000))))
w("q_guids_same.xml", rss("".join(f'<item><title>Same guid {i}</title><guid>same</guid><link>https://t.example.com/s</link><description>{body} {i}</description></item>\n' for i in range(20000))))
w("r_longline_title.xml", rss(f'<item><title>{"word "*1000000}</title><link>https://t.example.com/l</link><description>{body}</description></item>\n' + good))
w("s_zalgo_title.xml", rss(f'<item><title>a{"&#x0301;"*1000000}</title><link>https://t.example.com/z</link><description>{body}</description></item>\n' + good))
w("t_bidi.xml", rss(f'<item><title>{"&#x202E;&#x2066;"*500000}Title</title><link>https://t.example.com/b</link><description>{body}</description></item>\n' + good))
