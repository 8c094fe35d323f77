"""Writes keys/cleaning.json for corpus-ad: boilerplate that must go, article paragraphs that must stay.

The body paragraphs are taken from the article files (text minus the boilerplate lines below; for the HTML page the
<p> elements of the story body), so they are exactly what the articles say.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from cleaning_keys import bodies, write  # noqa: E402
files = {"01": "01_hemisphere-wire.jsonl", "02": "02_caracas-ledger.html", "03": "03_gazeta-do-planalto.txt",
         "04": "04_meridian-review.txt", "05": "05_diario-del-llano.txt",
         "06": "06_potomac-sentinel.txt"}

# (kind, line); kinds are for information (several lines may share a kind; 'kinds' keeps the first index of each)
bp = {
    "01": [("byline", "By Lucía Ferrer and Mark Dolan"),
           ("advertisement", "Advertisement"),
           ("credit", "Reporting by Lucía Ferrer in Caracas and Mark Dolan in Bogotá; editing by Anne Whitley"),
           ("copyright", "© 2024 Hemisphere Wire. All rights reserved.")],
    "02": [("cookie-notice", "This site uses cookies to analyse traffic and personalise advertising. You can change your choice at any time."),
           ("cookie-notice", "Accept all"), ("cookie-notice", "Cookie settings"),
           ("navigation", "Home"), ("navigation", "Venezuela"), ("navigation", "Politics"),
           ("navigation", "Economy"), ("navigation", "Diaspora"), ("navigation", "Opinion"),
           ("breadcrumb", "Politics / Election 2024"),
           ("title", "Venezuela issues arrest warrant for Edmundo González"),
           ("byline", "By Gabriela Ostos, Political Editor"),
           ("share", "Facebook"), ("share", "X"), ("share", "WhatsApp"), ("share", "Telegram"),
           ("caption", "Edmundo González Urrutia at a campaign rally in Maracaibo in July. Photo: Ledger archive"),
           ("advertisement", "Advertisement"),
           ("tags", "Topics: Election 2024 Edmundo González Justice"),
           ("comment-prompt", "Have your say: log in to join the conversation."),
           ("related-links", "More on the election"),
           ("related-links", "Who is Edmundo González, the diplomat who took on Maduro?"),
           ("related-links", "Bolívar slides on the parallel market after the vote"),
           ("related-links", "Queues at the Colombian border as Venezuelans leave again"),
           ("footer", "About the Ledger"), ("footer", "Contact"), ("footer", "Privacy policy"),
           ("footer", "Terms and conditions"),
           ("copyright", "© 2024 The Caracas Ledger. All rights reserved.")],
    "03": [("title", "Lula asks for the actas and sends Amorim to Caracas; protests leave deads in Venezuela"),
           ("navigation", "Home | World | Latin America"),
           ("byline", "By Renata Albuquerque, from Brasília"),
           ("dateline", "Published 31/07/2024 - 09h12 | Updated 31/07/2024 - 11h40"),
           ("credit", "Translated automatically from the Portuguese"),
           ("caption", "Demonstrators face the Guarda Nacional Bolivariana in Caracas, this Tuesday (30). Photo: Reproduction/Social networks"),
           ("advertisement", "Publicity"),
           ("related-links", "Read also: Roraima prepares itself for new wave of Venezuelan immigrants"),
           ("newsletter", "Receive the newsletter of the Gazeta each morning in your e-mail"),
           ("copyright", "© 2024 Gazeta do Planalto. All the rights reserved.")],
    "04": [("title", "The diplomat who won and left"),
           ("breadcrumb", "Americas | Analysis | Venezuela"),
           ("byline", "By Owen Prichard"),
           ("standfirst", "Edmundo González came out of retirement to beat Nicolás Maduro. Six weeks later he is in Madrid, and Maduro is still in Miraflores"),
           ("share", "Share: Email | Facebook | X | LinkedIn"),
           ("caption", "Edmundo González Urrutia with his wife at the air base of Torrejón de Ardoz. Photograph: The Meridian Review"),
           ("related-links", "Read more: Inside the campaign that collected the tally sheets, one table at a time"),
           ("advertisement", "Advertisement"),
           ("newsletter", "Sign up to the Meridian Review's weekly Americas briefing"),
           ("copyright", "© 2024 The Meridian Review Ltd")],
    "05": [("title", "The TSJ certifies the victory of Maduro: \"the people has spoken and the Justice has confirmed it\""),
           ("breadcrumb", "Home > Politics > Elections 2024"),
           ("byline", "By Yusmary Carrillo Peña, from Barinas"),
           ("credit", "Translated from the Spanish by the international service of El Diario del Llano"),
           ("caption", "The magistrates of the Sala Electoral during the reading of the sentence. Photo: TSJ press"),
           ("duplicate", "(El Diario del Llano) - The Tribunal Supremo de Justicia (TSJ) certified yesterday Thursday the results of the presidential elections of the 28 of July emitted by the Consejo Nacional Electoral (CNE), which give the victory to the president Nicolás Maduro Moros for the period 2025-2031, and declared that the documents divulged by the extreme right \"lack of validity\"."),
           ("advertisement", "Advertisement"),
           ("related-links", "Read also: Barinas celebrates with caravans the victory of the president Maduro"),
           ("newsletter", "Subscribe to our bulletin and receive each morning the news of the Llano"),
           ("copyright", "© El Diario del Llano 2024 - All the rights reserved")],
    "06": [("masthead", "The Potomac Sentinel"),
           ("breadcrumb", "World | Americas"),
           ("dateline", "Thursday, August 1, 2024 · 7:42 PM EDT"),
           ("title", "U.S. says González won Venezuela's election as OAS vote falls short"),
           ("byline", "By Carl Jennings"),
           ("caption", "Secretary of State Antony Blinken at the State Department. (Sentinel photo)"),
           ("advertisement", "Advertisement"),
           ("related-links", "Read more: Five things to know about Venezuela's tally sheets"),
           ("newsletter", "Get the Sentinel's World Briefing in your inbox every weekday"),
           ("copyright", "© 2024 The Potomac Sentinel. All rights reserved.")],
}


# the news dateline 'CARACAS (Hemisphere Wire) - ' (01) is neither body nor boilerplate
body = bodies(HERE, files, bp, r'^(CARACAS \(Hemisphere Wire\) - )', body_div='story-body', end_div='story-tags',
              ad_div='ad-slot')

if __name__ == '__main__':
    write(HERE, "Cleaning key for corpus-ad/articles. boilerplate: lines that must not remain in the cleaned text (short "
          "items, under 25 characters, are checked as whole lines of the cleaned text, longer ones as substrings). "
          "kinds: which boilerplate line is of which kind (index of the first line of that kind). body: the article "
          "paragraphs, which must all remain in the cleaned text. The news dateline 'CARACAS (Hemisphere Wire) -' (01) "
          "is in neither list: keeping or dropping it is both fine. 05 carries its lead twice, the second copy (after "
          "the second paragraph) behind the tag '(El Diario del Llano) -': that copy is boilerplate (duplicate); 03 and "
          "05 have a translator's credit line under the byline. 02 is a web page with a cookie banner, navigation, a "
          "section label, a share bar, a photo caption, an inline 'Advertisement', topic tags, a comment prompt, "
          "related stories and a footer with the copyright. The visible date line 'Published 31/07/2024 - 09h12 | "
          "Updated 31/07/2024 - 11h40' (03, day before month) and 'Thursday, August 1, 2024 · 7:42 PM EDT' (06, under a masthead line 'The Potomac Sentinel' that is boilerplate too) are boilerplate (dateline); 04 and 05 have none. The "
          "machine-translated 03 calls its advertisement slot 'Publicity'; 'Read also:' and 'Read more:' lines are "
          "related links; 04 has a standfirst under its title and a share line; 04's caption ends with 'Photograph: "
          "The Meridian Review'.",
          files, bp, body)
