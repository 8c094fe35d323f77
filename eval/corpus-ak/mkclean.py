"""Writes keys/cleaning.json for corpus-ak: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_atlas-press-wire.jsonl", "02": "02_peachtree-courier.html", "03": "03_hanseatische-rundschau.txt",
         "04": "04_stack-trace.txt", "05": "05_bellwether-review.txt", "06": "06_keizai-shimpo-digital.txt"}

LEAD04 = ("CrowdStrike finally explained on Tuesday, in a twelve-page root cause analysis, how one of its routine content "
          "updates managed to crash Windows machines from Sydney to Atlanta on 19 July. The answer is almost insultingly "
          "simple: the sensor expected twenty inputs, the new template handed it twenty-one, and nobody checked.")

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Hannah Cole and Rafael Mendes"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Hannah Cole in Austin and Rafael Mendes in London; editing by Martin Greer"),
           ("copyright", "© 2024 Atlas Press Wire. All rights reserved.")],
    "02": [("cookie-notice", "We use cookies to improve your experience and to show you relevant ads. By continuing you agree to our use of cookies."),
           ("cookie-notice", "I agree"), ("cookie-notice", "Manage preferences"),
           ("navigation", "Home"), ("navigation", "Metro"), ("navigation", "Business"),
           ("navigation", "Sports"), ("navigation", "Weather"), ("navigation", "Obituaries"),
           ("breadcrumb", "Metro › Airport"),
           ("title", "Delta’s meltdown drags on as Washington opens an investigation"),
           ("byline", "By Keisha Raymond, Transportation Reporter"),
           ("share", "Share"), ("share", "Email"), ("share", "Print"),
           ("caption", "Delta passengers wait in a rebooking line at Hartsfield-Jackson Atlanta International Airport. Photo: Peachtree Courier staff"),
           ("advertisement", "Advertisement"),
           ("tags", "Filed under: Delta Hartsfield-Jackson CrowdStrike"),
           ("comment-prompt", "Join the discussion: sign in to comment."),
           ("related-links", "Read more"),
           ("related-links", "Stranded by Delta? What you are owed"),
           ("related-links", "What is CrowdStrike, and how did one file crash the world?"),
           ("related-links", "Opinion: Delta sold reliability. Where was it?"),
           ("newsletter", "Get the Courier Morning Brief in your inbox: subscribe for free."),
           ("footer", "About us"), ("footer", "Contact the newsroom"), ("footer", "Privacy policy"),
           ("footer", "Terms of use"),
           ("copyright", "© 2024 The Peachtree Courier. All rights reserved.")],
    "03": [("masthead", "Hanseatische Rundschau"),
           ("breadcrumb", "Home > Economy > Digital"),
           ("title", "CrowdStrike admits: test software has the faulty update not recognised"),
           ("dateline", "24.07.2024 | 18:05"),
           ("byline", "From our correspondent Lena Vogt, Hamburg"),
           ("credit", "Machine translation from the German. The original article is authoritative."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Cloud, kernel, monopoly: How dependent is Germany from American software?"),
           ("comment-prompt", "Your opinion counts: write us a comment (registration necessary)."),
           ("copyright", "© Hanseatische Rundschau 2024 – All rights reserved")],
    "04": [("masthead", "THE STACK TRACE"),
           ("breadcrumb", "Newsletter | Security | Opinion"),
           ("title", "Twenty-one fields, twenty inputs, eight and a half million dead machines"),
           ("byline", "By Priya Natarajan"),
           ("standfirst", "The root cause analysis is out. It describes a mistake that a first-year programmer is taught to avoid, made by a company that sells itself as the grown-up in the room"),
           ("share", "Share: Email | LinkedIn | Mastodon | Bluesky"),
           ("caption", "Photo: A departures board showing cancelled flights at Hartsfield-Jackson on 19 July. Photograph: The Stack Trace"),
           ("duplicate", "STACK TRACE — " + LEAD04),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Why security software lives in the kernel, and why that may have to change"),
           ("newsletter", "Get The Stack Trace in your inbox every Thursday. Subscribe now."),
           ("copyright", "© 2024 The Stack Trace Media LLC")],
    "05": [("masthead", "BELLWETHER REVIEW"),
           ("breadcrumb", "Analysis / Technology and Policy"),
           ("title", "The apology tour reaches Capitol Hill"),
           ("byline", "By Daniel Whitcombe"),
           ("standfirst", "Two months after the largest IT outage on record, CrowdStrike sent a deputy to Congress. What he said, and what lawmakers still want to know"),
           ("caption", "Caption: Adam Meyers of CrowdStrike is sworn in before the House subcommittee. Photo: Bellwether Review"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Inside the 78 minutes that crashed the world's computers"),
           ("newsletter", "Sign up for Bellwether Weekly, our newsletter on policy and power"),
           ("copyright", "© 2024 Bellwether Review. All rights reserved.")],
    "06": [("masthead", "Keizai Shimpo Digital"),
           ("breadcrumb", "Top > International > IT"),
           ("title", "Microsoft \"influence 850万 units\" CrowdStrike CEO again apologises, recovery continues"),
           ("byline", "Writer: Sato Haruka (New York), Kimura Daisuke (Tokyo)"),
           ("credit", "This article was translated automatically from the Japanese. There is a case where the expression is not natural."),
           ("advertisement", "Advertisement"),
           ("related-links", "Related article: What is the \"blue screen\"? The mechanism of the obstacle explained in 3 minutes"),
           ("related-links", "Related article: Delta Airline, why only one company is late in recovery"),
           ("newsletter", "Please register to our mail magazine to receive the morning news."),
           ("copyright", "Copyright © Keizai Shimpo Digital. Unauthorised reproduction is prohibited.")],
}

# the news dateline 'AUSTIN, Texas (Atlas Press Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(AUSTIN, Texas \(Atlas Press Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-ak/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'AUSTIN, Texas (Atlas Press Wire) "
          "-' (01) is in neither list: keeping or dropping it is both fine. 01 (JSON Lines) carries a byline, an "
          "inline 'Advertisement', a reporting credit and a copyright line in its text field. 02 is a web page with a "
          "cookie banner, navigation, a breadcrumb, a share bar, a photo caption (figcaption), an inline "
          "'Advertisement', 'Filed under:' tags, a comment prompt, 'Read more' related stories, a newsletter offer "
          "and a footer; it has no date anywhere. 03, machine-translated from German, has a masthead line, a "
          "breadcrumb, a title, a visible date line '24.07.2024 | 18:05' (day.month.year; boilerplate, dateline), a "
          "'From our correspondent' byline, a machine-translation notice, 'Advertisement', a 'Read also:' link, a "
          "comment prompt and a copyright line. 04 carries its lead twice, the second copy (after the share line and "
          "the photo caption) behind the tag 'STACK TRACE —': that copy is boilerplate (duplicate); it also has a "
          "masthead, a breadcrumb, a title, a byline, a standfirst, 'Advertisement' twice, a 'Read more:' link, a "
          "newsletter offer and a copyright line. 05 has a masthead, a breadcrumb, a title, a byline, a standfirst, a "
          "caption line starting 'Caption:' inside the body, 'Advertisement', a 'Read more:' link, a newsletter offer "
          "and a copyright line. 06, machine-translated from Japanese, has a masthead, a breadcrumb, a title with "
          "'850万', a 'Writer:' byline, a machine-translation notice, 'Advertisement', two 'Related article:' links, a "
          "mail-magazine offer and a copyright line.",
          files, bp, body)
