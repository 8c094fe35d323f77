"""Writes keys/cleaning.json for corpus-h: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the article body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_meridian-wire.jsonl", "02": "02_baltic-ledger.html", "03": "03_la-vigie.txt",
         "04": "04_elbe-rundschau.txt", "05": "05_voz-del-sur.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Lena Marsh and Tomasz Wierzbicki"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Lena Marsh in Moscow and Tomasz Wierzbicki in Warsaw; Editing by Gareth Bowen"),
           ("footer", "Meridian Wire standards apply to this report.")],
    "02": [("cookie-notice", "This site uses cookies and similar technologies to measure traffic and personalise advertising. You can change your choices at any time."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Baltics"), ("navigation", "Russia"), ("navigation", "Ukraine war"),
           ("navigation", "Business"), ("navigation", "Opinion"),
           ("breadcrumb", "Home / Russia / Analysis"),
           ("title", "Thirty-six hours that shook the Kremlin: a weakened Putin lets Prigozhin walk away"),
           ("byline", "By Marta Ozola, Foreign Editor"),
           ("share", "Share on Facebook"), ("share", "Share on X"), ("share", "Copy link"),
           ("caption", "A Wagner tank outside the Southern Military District headquarters in Rostov-on-Don. Photo: Ledger Pictures / Reuters"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Russia Wagner Belarus Security"),
           ("share", "Share this story"), ("share", "Facebook"), ("share", "X"), ("share", "Email"),
           ("related-links", "Related coverage"),
           ("related-links", "Who is Yevgeny Prigozhin, the caterer turned warlord?"),
           ("related-links", "Lithuanian border guards put on alert"),
           ("related-links", "Opinion: Russia after the mutiny will be more dangerous, not less"),
           ("comment-prompt", "Join the conversation"),
           ("comment-prompt", "Comments are moderated. Please keep the discussion civil and on topic."),
           ("comments", "vilnius_reader"), ("comments", "26 Jun 2023, 20:02"),
           ("comments", "A phone call from Minsk. You could not make it up."),
           ("comments", "AndrisK"), ("comments", "26 Jun 2023, 20:47"),
           ("comments", "Belarus is now a Wagner barracks. Who is watching the border?"),
           ("footer", "About us"), ("footer", "Contact"), ("footer", "Privacy policy"), ("footer", "Terms and conditions"),
           ("copyright", "© 2023 The Baltic Ledger SIA. All rights reserved.")],
    "03": [("title", "Russia: Evgueni Prigojine is in Belarus, Vladimir Poutine denounces the « traitors »"),
           ("breadcrumb", "Home / International / Europe"),
           ("byline", "By our correspondent in Moscow, with AFP"),
           ("caption", "Fighters of Wagner in front of the headquarters of the Military District of the South, in Rostov-on-the-Don (photo AFP)"),
           ("duplicate", "PARIS /La Vigie/ - The chief of the group Wagner, Evgueni Prigojine, has arrived this Tuesday in Belarus, has confirmed the president Alexandre Loukachenko, three days after the armed rebellion which has shaken the power of Vladimir Poutine."),
           ("related-links", "Read also: Wagner, from Syria to Mali, the secret army of the Kremlin"),
           ("newsletter", "Receive each evening the newsletter of La Vigie"),
           ("copyright", "© La Vigie 2023 - All rights of reproduction reserved")],
    "04": [("title", "Kremlin confirms: Putin received Prigoschin five days after the uprising"),
           ("breadcrumb", "Home > Politics > Abroad"),
           ("byline", "By Katrin Wendt, Moscow"),
           ("caption", "Jewgeni Prigoschin in a video message (archive image)"),
           ("advertisement", "Advertisement"),
           ("related-links", "More on the topic: What is left of the Wagner group?"),
           ("comment-prompt", "Comment on this article on our website"),
           ("copyright", "© Elbe-Rundschau Verlag 2023")],
    "05": [("title", "Prigozhin, two months after the rebellion: the plane that fell in Tver"),
           ("breadcrumb", "Home » International » Europe"),
           ("byline", "By Lucía Ferrándiz, with agencies"),
           ("dateline", "Published on 24 August 2023, 19:45 CEST"),
           ("caption", "Rescue workers at the place of the accident, near the village of Kuzhenkino (Photo: agencies)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Who were the ten occupants of the plane?"),
           ("comment-prompt", "Leave your comment"),
           ("copyright", "© 2023 La Voz del Sur. All rights reserved.")],
}


# news datelines ('MOSCOW (Meridian Wire) - ') are neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(MOSCOW \(Meridian Wire\) - )')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-h/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'MOSCOW (Meridian Wire) -' (01) "
          "is in neither list: keeping or dropping it is both fine. 03 carries its lead twice, the second copy "
          "behind a dateline ('PARIS /La Vigie/ -'): that copy is boilerplate (duplicate). 02 has a cookie banner, "
          "navigation, share widgets, a caption, topic tags, related links, a comment prompt and comments with "
          "timestamps (one comment repeats the body's 'phone call from Minsk'); 05's visible date line 'Published "
          "on 24 August 2023, 19:45 CEST' is boilerplate (dateline); 03's 'Read also:', 04's 'More on the topic:' "
          "and 05's 'Read more:' lines are related links.",
          files, bp, body)
