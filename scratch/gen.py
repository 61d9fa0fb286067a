import os, json
D=os.path.dirname(os.path.abspath(__file__))
body=("Researchers released a new open source compiler for machine learning models that runs large language models faster on commodity hardware. "
      "The team describes how the software engineering practices behind the project help developers test and evaluate neural networks. ")*4
import random
VOC="compiler model network kernel memory cache latency benchmark dataset inference training parser runtime database cluster scheduler protocol encryption vulnerability patch release language library framework agent robot chip processor storage".split()
def uniq(seed):
    r=random.Random(seed); return " ".join(" ".join(r.choice(VOC) for _ in range(12)).capitalize()+"." for _ in range(12))
def item(i,title,link,desc,extra=""):
    desc=desc.replace("Researchers released", uniq(title+link)+" Researchers released")
    return f"<item><title>{title}</title><link>{link}</link><guid>g{i}-{abs(hash(title))%10**8}</guid><pubDate>Mon, 0{1+i%8} Jun 2026 10:00:00 GMT</pubDate><description>{desc}</description>{extra}</item>\n"
def rss(name,items,pre='<?xml version="1.0" encoding="utf-8"?>'):
    return pre+f"<rss version=\"2.0\"><channel><title>{name}</title><link>https://{name}.example.com/</link>{''.join(items)}</channel></rss>"
def w(n,s,enc='utf-8',bom=b''):
    open(os.path.join(D,n),'wb').write(bom+(s.encode(enc,'surrogatepass') if isinstance(s,str) else s))
# control feed
w('good.xml',rss('goodnews',[item(i,f"Good story number {i} about compilers for AI",f"https://goodnews.example.com/p{i}",body.replace('compiler',f'compiler{i}')) for i in range(6)]))
# xss/links
esc=lambda s:s.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')
x=[]
x.append(item(1,"XSS title &lt;script&gt;alert(1)&lt;/script&gt; about AI compilers","javascript:alert(1)",esc('<p onclick="alert(1)">'+body+'</p><a href="javascript:alert(2)">x</a><svg><script>alert(3)</script></svg><img src=x onerror=alert(4) srcset="javascript:alert(5) 1x"><style>body{background:url(javascript:alert(6))}</style><base href="javascript:alert(7)//">')))
x.append(item(2,"Data link story on large language models compilers","data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",esc(body+'<a href="data:text/html,<script>alert(1)</script>">d</a>')))
x.append(item(3,"Bidi \u202eevil\u202c title\u200b with zero\u2028width \u2066iso\u2069 on machine learning","https://xss.example.com/a\u202eb",esc(body+" Body has \u202e bidi override and \u200b zero width and \u2028 line sep and \u0007 bell and \ufeff bom.")))
x.append(item(4,"Vertical tab \x0b and form feed \x0c in title about neural networks","https://xss.example.com/c",esc(body)))
x.append(item(5,"Enclosure absurd length compilers models","https://xss.example.com/d",esc(body),'<enclosure url="https://xss.example.com/a.mp3" length="999999999999999999999999999" type="audio/mpeg"/>'))
x.append(item(6,"Quote breaking title \" onmouseover=\"alert(1) about AI","https://xss.example.com/e?q=\"&gt;&lt;script&gt;",esc(body)))
w('xss.xml',rss('xssfeed',x))
# deep nesting
deep='<div>'*200000+body+'</div>'*200000
w('deep.xml',rss('deepfeed',[item(1,"Deep nesting story about AI compilers","https://deep.example.com/a",esc(deep))]))
# many items
w('many.xml',rss('manyfeed',[f"<item><title>t{i}</title><link>https://many.example.com/{i}</link></item>" for i in range(120000)]))
# 1MB title
w('bigtitle.xml',rss('bigtitle',[item(1,"AI "*350000,"https://big.example.com/a",esc(body))]))
# malformed utf8
w('badutf8.xml',rss('badutf',[item(1,"Bad bytes here about AI compilers","https://bad.example.com/a",esc(body))]).encode()+b'')
raw=rss('badutf',[item(1,"Bad XXBYTES about AI compilers","https://bad.example.com/a",esc(body))]).encode().replace(b'XXBYTES',b'\xff\xfe\xc0\xaf\xed\xa0\x80')
w('badutf8.xml',raw)
# utf-16 feeds
w('utf16.xml',rss('utf16feed',[item(1,"UTF16 story about AI compilers","https://u16.example.com/a",esc(body))],'<?xml version="1.0" encoding="utf-16"?>'),'utf-16-le',b'\xff\xfe')
w('utf16be_nobom.xml',rss('utf16befeed',[item(1,"UTF16BE story about AI compilers","https://u16be.example.com/a",esc(body))],'<?xml version="1.0" encoding="utf-16"?>'),'utf-16-be')
w('utf8bom_decl16.xml',rss('lyingfeed',[item(1,"Lying declaration story about AI compilers","https://lie.example.com/a",esc(body))],'<?xml version="1.0" encoding="utf-16"?>'),'utf-8',b'\xef\xbb\xbf')
# json feeds
jf={"version":"https://jsonfeed.org/version/1.1","title":"jsonbad","home_page_url":"https://jsonbad.example.com/","items":[
 {"id":1e400 if False else 12345678901234567890123456789,"url":["x"],"title":{"a":1},"content_html":5},
 {"id":"ok1","url":"https://jsonbad.example.com/ok","title":"JSON ok story about AI compilers","content_text":body,"date_published":12},
 {"id":"ok2","url":"javascript:alert(1)","title":"JSON js link story about machine learning","content_html":body,"authors":"notalist","tags":{"x":1}},
 {"id":"ok3","url":"https://jsonbad.example.com/ok3","title":"JSON deep story about AI","content_text":body,"_x":None},
]}
s=json.dumps(jf)
s=s.replace('"_x": null','"_x": '+'['*100000+']'*100000)
s=s.replace('12345678901234567890123456789','1'+'0'*5000)
w('bad.json',s)
jf['items'][3].pop('_x'); jf['items'][0]['id']=1e300; jf['items'][1]['content_text']=uniq('j1'); jf['items'][3]['content_text']=uniq('j3'); jf['items'][2]['content_html']=uniq('j2')+'<a href="javascript:alert(1)" onclick="x">x</a>'
w('bad2.json',json.dumps(jf))
w('notarray.json',json.dumps({"version":"https://jsonfeed.org/version/1","title":"x","items":{"a":1}}))
# atom xml:base
atom='''<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="file:///etc/"><title>atombase</title><link href="https://atombase.example.com/"/>
<entry xml:base="http://169.254.169.254/latest/"><title>Atom base story about AI compilers</title><link href="meta-data/"/><id>a1</id><updated>2026-06-01T00:00:00Z</updated><content type="html">'''+esc(body+'<a href="passwd">p</a>')+'''</content></entry>
<entry><title>Atom file base story about machine learning</title><link href="passwd"/><id>a2</id><updated>2026-06-01T00:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script><p onclick="x">'''+esc(body)+'''</p></div></content></entry></feed>'''
w('atombase.xml',atom)
# round 2: nesting under the 1 MB cap; bidi and a lone-surrogate entity in a body short enough to reach the summary
deep='<div><span><b>'*50000+body+'</b></span></div>'*50000
w('deep2.xml',rss('deep2feed',[item(1,"Deep nesting under cap story about AI compilers","https://deep2.example.com/a",esc(deep))]))
b2="\u202eThis compiler release makes model inference faster on commodity chips and the benchmark shows it clearly. &#xD800; The dataset and training scripts are public. "*3
w('bidi.xml',rss('bidifeed',[item(1,"Bidi body story about compilers","https://bidi.example.com/a",esc(b2))]))
