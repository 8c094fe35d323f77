"""Writes keys/cleaning.json for corpus-m: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_northstar-wire.jsonl", "02": "02_han-river-herald.html", "03": "03_courrier-de-l-asie.txt",
         "04": "04_granite-post.txt", "05": "05_hanseong-ilbo.txt", "06": "06_calder-review.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Rachel Amundsen and Seo Ha-neul"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Rachel Amundsen and Seo Ha-neul in Seoul; editing by Martin Greaves"),
           ("copyright", "© 2024 Northstar Wire. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies to improve your experience, to show you relevant advertising and to measure our audience. By continuing to browse, you agree to our use of cookies."),
           ("cookie-notice", "I agree"), ("cookie-notice", "Manage preferences"),
           ("navigation", "Home"), ("navigation", "National"), ("navigation", "Politics"),
           ("navigation", "North Korea"), ("navigation", "Business"), ("navigation", "Culture"),
           ("navigation", "Opinion"),
           ("breadcrumb", "Politics / Martial law crisis"),
           ("title", "Yoon survives first impeachment vote as ruling party walks out"),
           ("byline", "By Jung Eun-ha, Senior Political Correspondent"),
           ("share", "Facebook"), ("share", "X"), ("share", "KakaoTalk"), ("share", "Copy link"),
           ("caption", "Protesters holding light sticks outside the National Assembly in Yeouido, Seoul, on Saturday night. Herald photo by Baek Seung-ho"),
           ("advertisement", "Advertisement"),
           ("tags", "Tags: impeachment martial law National Assembly"),
           ("comment-prompt", "Join the discussion: sign in to share your view in the comments."),
           ("related-links", "Related stories"),
           ("related-links", "Six hours that shook Seoul: a timeline of the martial law night"),
           ("related-links", "Won and KOSPI slide as investors weigh political risk"),
           ("related-links", "Why K-pop light sticks became the symbol of the protests"),
           ("footer", "About the Herald"), ("footer", "Contact us"), ("footer", "Subscribe"),
           ("footer", "Terms of use"),
           ("copyright", "© 2024 The Han River Herald. All rights reserved.")],
    "03": [("title", "South Korea: the ex-minister of the Defence arrested, the president Yoon forbidden to leave the territory"),
           ("navigation", "Home | World | Asia-Pacific | South Korea"),
           ("byline", "By Hélène Carpentier, correspondent at Seoul"),
           ("dateline", "11.12.2024 – 18:40 (updated at 19:02)"),
           ("caption", "The ex-minister of the Defence Kim Yong-hyun, at the headquarters of the parquet of Seoul, the 8 December (photo DR)"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: Seoul, the martial law seen from the Korean diaspora of Paris"),
           ("newsletter", "Receive each evening our letter Asia"),
           ("copyright", "© The Courier of Asia 2024 – All rights reserved")],
    "04": [("title", "South Korea's Parliament Impeaches Yoon; Prime Minister Takes Charge"),
           ("breadcrumb", "WORLD | ASIA"),
           ("byline", "By Thomas Whitcombe and Grace Oh"),
           ("dateline", "Dec. 15, 2024 | 6:12 AM EST"),
           ("caption", "Members of the National Assembly cast their ballots on the impeachment motion in Seoul on Saturday. (Pool photo)"),
           ("advertisement", "Advertisement"),
           ("related-links", "RELATED: Inside the Blue House that never was: why Yoon moved the presidential office"),
           ("social", "Follow The Granite Post on social media for the latest updates."),
           ("copyright", "© 2024 The Granite Post Co. All rights reserved.")],
    "05": [("title", "[Politics] Acting President Han Duck-soo impeached... Deputy Prime Minister Choi Sang-mok becomes 'acting of the acting'"),
           ("navigation", "Hanseong Ilbo English Edition | Politics | National Assembly"),
           ("byline", "Reporter Yoon Da-eun"),
           ("caption", "Speaker Woo Won-shik strikes the gavel as the impeachment motion of Acting President Han Duck-soo is passed in the plenary session of the National Assembly. [Photo=Hanseong Ilbo DB]"),
           ("duplicate", "(Seoul=Hanseong Ilbo) On the 27th, the National Assembly passed the impeachment motion of Prime Minister Han Duck-soo, who had been performing the authority of the president since the 14th. It is the first time in the constitutional history that an acting president is impeached. Deputy Prime Minister and Minister of Economy and Finance Choi Sang-mok (61) took over the role of acting president the same day."),
           ("advertisement", "Advertisement"),
           ("related-links", "Related article: The Constitutional Court holds first preparation hearing of Yoon impeachment trial"),
           ("copyright", "ⓒ Hanseong Ilbo. Unauthorized reproduction and redistribution prohibited.")],
    "06": [("title", "The Long Month of Suk-yeol Yoon"),
           ("breadcrumb", "Asia | Analysis | South Korea"),
           ("byline", "By Imogen Thornbury"),
           ("standfirst", "Four weeks after a night of martial law, South Korea has run through two acting presidents and still has no settled answer to the question of who governs it"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("caption", "Mourners lay flowers at Muan International Airport. Photograph: The Calder Review"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: How Jeju Air Flight 2216 became South Korea's deadliest air disaster on home soil"),
           ("newsletter", "Sign up to our weekly Asia briefing"),
           ("copyright", "© 2024 The Calder Review Ltd")],
}


# news datelines ('SEOUL (Northstar Wire) - ', 'SEOUL — ') are neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(SEOUL \(Northstar Wire\) - |SEOUL — )', body_div='article-text', end_div='article-tags',
              ad_div='ad-unit')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-m/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. News datelines ('SEOUL (Northstar Wire) -' in 01, "
          "'SEOUL —' in 04) are in neither list: keeping or dropping them is both fine. 05 carries its lead twice, "
          "the second copy behind a Korean wire-style dateline ('(Seoul=Hanseong Ilbo)'): that copy is boilerplate "
          "(duplicate). 02 is a web page with a cookie banner, navigation, a section label, a share bar, a photo "
          "caption, an inline 'Advertisement', tags, a comment prompt, related stories and a footer. Visible date "
          "lines ('11.12.2024 – 18:40 (updated at 19:02)' in 03, day before month; 'Dec. 15, 2024 | 6:12 AM EST' in "
          "04) are boilerplate (dateline); the machine-translated 03 calls its advertisement slot 'Publicity'; 'Read "
          "also:', 'RELATED:', 'Related article:' and 'Read more:' lines are related links; 06 has a standfirst under "
          "its title and a share line naming X among the networks; 05's caption ends with '[Photo=Hanseong Ilbo DB]'.",
          files, bp, body)
