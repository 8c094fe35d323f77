package dev.parallax.clean;

import dev.parallax.corpus.Removal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CleanerTest {

    private final Cleaner cleaner = new Cleaner();

    private static final String PAGE = String.join("\n",
            "Home » World » Harbour talks",
            "",
            "Harbour talks end without a deal",
            "",
            "By Mara Lind",
            "",
            "Negotiators from the two port cities left the table on Tuesday without agreeing on the dredging budget, "
                    + "officials said.",
            "",
            "(Coastwire) — Negotiators from the two port cities left the table on Tuesday without agreeing on the "
                    + "dredging budget, officials said.",
            "",
            "Advertisement",
            "",
            "The mayor said the city would return to the talks next month with a smaller proposal.",
            "",
            "Dock workers gather outside the town hall on Tuesday. (Photo: City press office)",
            "",
            "See also: Ferry fares rise again",
            "",
            "Mara Lind is the maritime correspondent for the Coast Courier.",
            "",
            "© 2024 Coast Courier Ltd. All rights reserved.",
            "",
            "We use cookies to improve your experience. Accept all cookies",
            "",
            "You must be signed in to leave a comment.");

    @Test
    void removesBoilerplateAndKeepsEveryRemovalWithItsReason() {
        Cleaner.Result r = cleaner.clean(PAGE, "Harbour talks end without a deal");
        assertThat(r.text()).startsWith("Negotiators from the two port cities")
                .contains("The mayor said the city would return to the talks next month")
                .doesNotContain("Advertisement", "cookies", "logged in", "See also", "©", "Photo:", "By Mara Lind",
                        "Home »", "correspondent for");
        assertThat(r.removed()).extracting(Removal::reason).contains("breadcrumb", "title", "byline", "duplicate",
                "advertisement", "caption", "related-links", "author-bio", "copyright", "cookie-notice", "comment-prompt");
        for (Removal x : r.removed()) assertThat(PAGE.substring(x.rawStart(), x.rawEnd())).isEqualTo(x.text());
    }

    @Test
    void aParagraphRepeatedWithAnAgencyPrefixAppearsOnce() {
        Cleaner.Result r = cleaner.clean(PAGE, null);
        assertThat(r.text().split("Negotiators from the two port cities", -1)).hasSize(2);
        assertThat(r.removed()).anySatisfy(x -> {
            assertThat(x.reason()).isEqualTo("duplicate");
            assertThat(x.text()).startsWith("(Coastwire) —");
        });
    }

    @Test
    void ordinaryProseMentioningBoilerplateWordsIsKept() {
        String text = "The bakery's cookies won a prize at the regional fair, and the owner said she would not "
                + "change the recipe even though the advertisement budget had been cut by half this year.\n"
                + "Comments from customers were mostly positive, according to the owner, who plans to open a second shop.";
        Cleaner.Result r = cleaner.clean(text, null);
        assertThat(r.removed()).isEmpty();
        assertThat(r.text()).contains("cookies won a prize").contains("Comments from customers");
    }

    @Test
    void hardWrappedParagraphsAreJoined() {
        String wrapped = String.join("\n",
                "The council met on Monday to discuss the new harbour wall, which has been",
                "delayed twice because of storms and a dispute with the contractor over the",
                "cost of the concrete blocks that protect the outer basin from winter waves.",
                "",
                "Engineers told the council that the wall could be finished by the autumn if",
                "the remaining money is released before the end of the month, as promised",
                "by the regional government in a letter sent to the mayor last week.");
        Cleaner.Result r = cleaner.clean(wrapped, null);
        assertThat(r.text().split("\n\n")).hasSize(2);
        assertThat(r.text()).contains("has been delayed twice").doesNotContain("been\ndelayed");
    }

    @Test
    void trailingLinkListsAfterTheLastProseParagraphAreRemoved() {
        String text = "The storm closed the port for two days, and ferries will resume on Thursday morning.\n"
                + "Related coverage\nWeather warnings\nFerry timetable";
        Cleaner.Result r = cleaner.clean(text, null);
        assertThat(r.text()).isEqualTo("The storm closed the port for two days, and ferries will resume on Thursday morning.");
        assertThat(r.removed()).hasSize(3);
    }

    @Test
    void theOutletNameAndSectionAboveTheHeadlineAreRemoved() {
        String page = "THE HARBOUR LEDGER\nPorts & Shipping\nDock workers end strike after pay deal\n"
                + "Dock workers returned to the cranes on Monday after a deal on pay was reached late on Sunday.";
        Cleaner.Result r = cleaner.clean(page, "Dock workers end strike after pay deal");
        assertThat(r.text()).startsWith("Dock workers returned");
        assertThat(r.removed()).extracting(Removal::reason).containsExactly("masthead", "masthead", "title");
    }

    @Test
    void datelinesAreRemovedAndReported() {
        Cleaner.Result r = cleaner.clean("Published July 3, 2024\nThe harbour reopened after repairs that took a month.", null);
        assertThat(r.dateline()).isEqualTo("Published July 3, 2024");
        assertThat(r.removed()).extracting(Removal::reason).containsExactly("dateline");
    }

    @Test
    void multilingualPhrasesAreRecognised() {
        Boilerplate b = Boilerplate.standard();
        assertThat(b.reasonFor("Lire aussi : la réforme des retraites")).isEqualTo("related-links");
        assertThat(b.reasonFor("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.")).isEqualTo("cookie-notice");
        assertThat(b.reasonFor("Anzeige")).isEqualTo("advertisement");
        assertThat(b.reasonFor("Deja un comentario")).isEqualTo("comment-prompt");
        assertThat(b.reasonFor("The minister said the plan was ready.")).isNull();
    }

    @Test
    void phrasesMatchInAnyCaseAndAnchoredRulesOnlyAtTheStart() {
        Boilerplate b = Boilerplate.standard();
        assertThat(b.reasonFor("ADVERTISEMENT")).isEqualTo("advertisement");
        assertThat(b.reasonFor("WE USE COOKIES to improve your experience.")).isEqualTo("cookie-notice");
        assertThat(b.reasonFor("Leave a comment")).isEqualTo("comment-prompt");
        assertThat(b.reasonFor("Officials asked residents to leave a comment")).isNull();
        assertThat(Boilerplate.anchored("^(a|b) c")).isTrue();
        assertThat(Boilerplate.anchored("^a|b")).isFalse();
        assertThat(Boilerplate.anchored("^[|] a\\|b")).isTrue();
        assertThat(Boilerplate.anchored("\\ba\\b")).isFalse();
    }

    @Test
    void promptsFootersStaffBylinesAndPipeCreditsAreRecognised() {
        Boilerplate b = Boilerplate.standard();
        assertThat(b.reasonFor("Is the levy fair? Join the debate in the comments below.")).isEqualTo("comment-prompt");
        assertThat(b.reasonFor("What do you think? Share your views in the comments section.")).isEqualTo("comment-prompt");
        assertThat(b.reasonFor("Get our evening briefing sent straight to your inbox. Sign up here.")).isEqualTo("newsletter");
        assertThat(b.reasonFor("The Harbour Herald editorial code applies to this story.")).isEqualTo("footer");
        assertThat(b.reasonFor("By the news desk of the Harbour Herald with agencies")).isEqualTo("byline");
        assertThat(b.reasonFor("Trawlers moored in the harbour on Monday. PHOTO | ANA RUIZ")).isEqualTo("credit");
        assertThat(b.reasonFor("Fishermen said they would share their views with the ministry.")).isNull();
        assertThat(b.reasonFor("Comments have been closed for this article.")).isEqualTo("comment-prompt");
        assertThat(b.reasonFor("Is the levy fair? Have your say in the comments below.")).isEqualTo("comment-prompt");
        assertThat(b.reasonFor("Reporting by Ana Ruiz in Corvado; additional reporting by Li Wen; editing by Tom Hale"))
                .isEqualTo("credit");
        assertThat(b.reasonFor("Subscribe to the Harbour Herald in Telegram - only the news that matters")).isEqualTo("promo");
        assertThat(b.reasonFor("Our Standards: The Harbour Herald Trust Principles.")).isEqualTo("footer");
        assertThat(b.reasonFor("Main / Fisheries / Europe")).isEqualTo("breadcrumb");
        assertThat(b.reasonFor("The main harbour of the island will close on Monday.")).isNull();
        assertThat(b.reasonFor("By the end of the week the union had agreed to the terms.")).isNull();
    }

    @Test
    void sectionLabelsTipLinesAndTranslatedLabelsAreRecognised() {
        Boilerplate b = Boilerplate.standard();
        assertThat(b.reasonFor("EUROPE | FISHERIES")).isEqualTo("breadcrumb");
        assertThat(b.reasonFor("News › Harbour Affairs")).isEqualTo("breadcrumb");
        assertThat(b.reasonFor("Tuna quotas | what the new rules mean for small boats")).isNull();
        assertThat(b.reasonFor("Got a tip about the harbour? Email the newsroom at desk@herald.example")).isEqualTo("footer");
        assertThat(b.reasonFor("Send your tips to the Harbour Herald at tips@herald.example")).isEqualTo("footer");
        assertThat(b.reasonFor("The skipper said he had a tip from a buyer about the new quota before it was announced."))
                .isNull();
        assertThat(b.reasonFor("The harbour master cuts the ribbon at the new quay on Monday. [Photo=Harbour Herald DB]"))
                .isEqualTo("caption");
        assertThat(b.reasonFor("The quay was rebuilt after the storm [see the map on page 4].")).isNull();
        assertThat(b.reasonFor("Publicity")).isEqualTo("advertisement");
        assertThat(b.reasonFor("Display")).isEqualTo("advertisement");
        assertThat(b.reasonFor("From our correspondent Jana Holm, Rovik")).isEqualTo("byline");
        assertThat(b.reasonFor("Our correspondent in Rovik saw the boats leave at dawn.")).isNull();
        assertThat(b.reasonFor("To read also: Five years of quota fights in three dates")).isEqualTo("related-links");
        assertThat(b.reasonFor("On the same subject: the ferry strike")).isEqualTo("related-links");
    }

    @Test
    void sharedBylinesInitialledNamesAndBriefingPromptsAreRecognised() {
        Boilerplate b = Boilerplate.standard();
        assertThat(b.reasonFor("By Mara Lind in Rovik and Tomas Berg van Dijk in Harwick")).isEqualTo("byline");
        assertThat(b.reasonFor("K. Arulnathan")).isEqualTo("byline");
        assertThat(b.reasonFor("R. J. Fenwick-Hale")).isEqualTo("byline");
        assertThat(b.reasonFor("By the time the ferry reached Rovik and Harwick the strike was over")).isNull();
        assertThat(b.reasonFor("By Tuesday Rovik and Harwick had closed their ports to every trawler")).isNull();
        assertThat(b.reasonFor("Sign up to our Harbour Affairs briefing, sent every weekday morning")).isEqualTo("newsletter");
        assertThat(b.reasonFor("Skippers had to sign up to the new quota briefing before they could sail.")).isNull();
        assertThat(b.reasonFor("Reporter Mina Cho-yeon")).isEqualTo("byline");
        assertThat(b.reasonFor("From Lena Brandt")).isEqualTo("byline");
        assertThat(b.reasonFor("From Rovik")).isNull();
        assertThat(b.reasonFor("From Rovik the ferries sailed on to Harwick")).isNull();
        assertThat(b.reasonFor("Follow the Harbour Herald on social media for the latest news.")).isEqualTo("promo");
        assertThat(b.reasonFor("ⓒ Harbour Herald. Unauthorized reproduction and redistribution prohibited.")).isEqualTo("copyright");
        assertThat(b.reasonFor("Newsletter: Receive the main harbour news every morning in your mailbox.")).isEqualTo("newsletter");
        assertThat(b.reasonFor("Sign up for the Harbour Morning Brief, delivered Monday to Friday.")).isEqualTo("newsletter");
    }

    @Test
    void briefingNamesNamelessStaffBylinesAndTopicLinksAreRecognised() {
        Boilerplate b = Boilerplate.standard();
        assertThat(b.reasonFor("Subscribe to the Herald Evening Briefing for the day's top harbour news"))
                .isEqualTo("newsletter");
        assertThat(b.reasonFor("Staff Correspondent")).isEqualTo("byline");
        assertThat(b.reasonFor("Diplomatic Reporter")).isEqualTo("byline");
        assertThat(b.reasonFor("More on the topic: Why the trawlers stayed in port")).isEqualTo("related-links");
        assertThat(b.reasonFor("The staff correspondent of the paper was arrested in Rovik.")).isNull();
        assertThat(b.reasonFor("More on the quota deal is expected when the ministers meet on Friday.")).isNull();
        assertThat(b.reasonFor("Harbour Herald standards apply to this report.")).isEqualTo("footer");
        assertThat(b.reasonFor("The comment function for this article is closed.")).isEqualTo("comment-prompt");
        assertThat(b.reasonFor("The Harbour Herald | Opinion & Analysis")).isEqualTo("breadcrumb");
        assertThat(b.reasonFor("Fishing | what skippers and buyers expect")).isNull();
        assertThat(b.reasonFor("New safety standards apply to this fleet from Monday.")).isNull();
        assertThat(b.reasonFor("Translated from the Norwegian by the Harbour Herald foreign service")).isEqualTo("credit");
        assertThat(b.reasonFor("Translated from the old charter, the rule gives skippers a vote.")).isNull();
        assertThat(b.reasonFor("Herald News Desk, Rovik")).isEqualTo("byline");
        assertThat(b.reasonFor("Saturday 9 March 2030 — 07:10 (CET)")).isEqualTo("dateline");
    }

    @Test
    void deskSignedTranslationCreditsChannelCallsAndReaderNotesAreRecognised() {
        Boilerplate b = Boilerplate.standard();
        assertThat(b.reasonFor("Harbour service – translated from the Norwegian by the foreign desk")).isEqualTo("credit");
        assertThat(b.reasonFor("This news was translated from the Danish by the Harbour Herald English service"))
                .isEqualTo("credit");
        assertThat(b.reasonFor("Subscribe to the channel of the Harbour Herald to receive the news of the strike"))
                .isEqualTo("promo");
        assertThat(b.reasonFor("Join our Telegram channel for the latest updates on the quota talks")).isEqualTo("promo");
        assertThat(b.reasonFor("Foreign readers can consult the full text of the ruling on the official website of the court."))
                .isEqualTo("footer");
        assertThat(b.reasonFor("The skippers – translated from the old charter, the rule still binds them – voted no.")).isNull();
        assertThat(b.reasonFor("The union asked members to join the channel blockade until the news of a deal came.")).isNull();
        assertThat(b.reasonFor("Readers of the ruling say the court's website was down for a day.")).isNull();
    }

    @Test
    void creditsBylinesCommentPromptsBiosAndPlainDatelinesAreRemoved() {
        String page = String.join("\n\n",
                "BEIJING -- The ministry announced new duties on imported cheese on Tuesday, officials said.",
                "Updated March 14, 2023 — 6.10am",
                "Dock workers unload cheese at the port on Monday. Photo: Ana Ruiz / Harbour Herald",
                "The duties will apply for five years, the ministry said in a statement on its website.",
                "Reporter: Dewi Anggraini | Editor: Rudi Hartono",
                "Have your say: should the duties stay? Let us know in the comments below.",
                "Mark Ellery covers trade and shipping for the Harbour Herald from Glasgow.");
        Cleaner.Result r = cleaner.clean(page, null);
        assertThat(r.text()).startsWith("The ministry announced").contains("The duties will apply")
                .doesNotContain("BEIJING", "6.10am", "Photo:", "Reporter:", "Have your say", "Mark Ellery");
        assertThat(r.removed()).extracting(Removal::reason)
                .contains("dateline", "credit", "byline", "comment-prompt", "author-bio");
    }

    @Test
    void aLeadingNameFollowedByADashInsideASentenceIsKept() {
        Cleaner.Result r = cleaner.clean("The minister - who spoke for an hour - said the duties would stay in place for years.", null);
        assertThat(r.text()).startsWith("The minister");
    }

    @Test
    void theHeaderAroundABylineHoldsMastheadHeadlineAndCaptionAndKeepsTheStandfirst() {
        String page = String.join("\n",
                "The Lakeside Ledger",
                "Home / Region / Water",
                "Tuesday 4 June 2024 - 08:15",
                "Reservoir deal \"a first step,\" says governor as farmers protest",
                "By Ilse Varga",
                "Two counties agreed to share the reservoir. Who pays for the pipes is another matter",
                "Farmers walk past the dry spillway of the Marrow reservoir on Monday. (Ledger)",
                "The governor of the lake district signed an agreement on Monday that lets two counties draw water from "
                        + "the same reservoir for ten years, officials said.",
                "Farmers who depend on the reservoir protested outside the county hall as the deal was signed.");
        Cleaner.Result r = cleaner.clean(page.replace("\n", "\n\n"), null);
        assertThat(r.title()).startsWith("Reservoir deal");
        assertThat(r.text()).startsWith("Two counties agreed").contains("The governor of the lake district")
                .doesNotContain("Lakeside Ledger", "dry spillway");
        assertThat(r.removed()).extracting(Removal::reason).contains("masthead", "caption");
    }

    @Test
    void aGuessedTitleThatIsTheOutletNameGivesWayToTheLineAboveTheByline() {
        String page = String.join("\n\n",
                "The Lakeside Ledger",
                "Home / Region / Water",
                "Tuesday 4 June 2024 - 08:15",
                "Reservoir deal signed as farmers protest",
                "By Ilse Varga",
                "The governor of the lake district signed an agreement on Monday that lets two counties draw water from "
                        + "the same reservoir for ten years, officials said.");
        Cleaner.Result r = cleaner.clean(page, "The Lakeside Ledger");
        assertThat(r.title()).isEqualTo("Reservoir deal signed as farmers protest");
        assertThat(r.text()).startsWith("The governor");
        assertThat(cleaner.clean(page.replace("Home / Region / Water\n\nTuesday 4 June 2024 - 08:15\n\n", ""),
                "The Lakeside Ledger").title()).isNull();
    }

    @Test
    void aHeadlineEndingInAQuotationStillSitsAboveTheByline() {
        String page = String.join("\n",
                "The Lakeside Ledger",
                "Region | Water",
                "Governor accuses the water board: «Somebody opened the sluices of the Marrow dam»",
                "By Ilse Varga, correspondent in Rovik",
                "The governor of the lake district said on Monday that the sluices of the Marrow dam had been opened "
                        + "by hand before the flood, and asked the police to find out who gave the order.");
        Cleaner.Result r = cleaner.clean(page, "The Lakeside Ledger");
        assertThat(r.title()).startsWith("Governor accuses the water board");
        assertThat(r.text()).startsWith("The governor of the lake district");
    }

    @Test
    void aStandfirstBetweenHeadlineAndBylineIsNotTheHeadline() {
        String page = String.join("\n",
                "The Lakeside Review",
                "Analysis | Region | Water",
                "Two counties, one reservoir: why the Marrow ran dry",
                "Both councils promised to share the water. Neither has said who pays for the pipes",
                "By Ilse Varga",
                "When the drought reached the lake district in June, the two counties had already spent a decade "
                        + "arguing over who owned the Marrow reservoir and who should mend its pipes.");
        Cleaner.Result r = cleaner.clean(page, null);
        assertThat(r.title()).isEqualTo("Two counties, one reservoir: why the Marrow ran dry");
        // The standfirst stays: it often holds the only clue to when an undated article was written.
        assertThat(r.text()).startsWith("Both councils promised").contains("When the drought reached");
    }

    @Test
    void aCorrespondentsSignatureWithoutANameIsABylineUnderTheHeadline() {
        String page = String.join("\n",
                "Rovik Today",
                "Home > Local > Rovik",
                "Rovik: angry residents block the bridge, and the mayor suspends the harbour council",
                "19-09-2023",
                "Rovik - Rovik Today correspondent",
                "Translated from the Norwegian by the Rovik Today English service",
                "Hundreds of residents of Rovik blocked the old bridge yesterday, Monday, demanding the dismissal of the "
                        + "harbour council after the flood that struck the town one week ago.");
        Cleaner.Result r = cleaner.clean(page, "Rovik Today");
        assertThat(r.title()).startsWith("Rovik: angry residents block the bridge");
        assertThat(r.dateline()).isEqualTo("19-09-2023");
        assertThat(r.text()).startsWith("Hundreds of residents");
        assertThat(r.removed()).extracting(Removal::reason).contains("masthead", "byline", "credit", "dateline");
    }

    @Test
    void aShortOpeningParagraphWithoutABylineStays() {
        String page = String.join("\n\n",
                "Reservoir deal signed",
                "Water for two counties",
                "The governor of the lake district signed an agreement on Monday that lets two counties draw water from "
                        + "the same reservoir for ten years, officials said.");
        Cleaner.Result r = cleaner.clean(page, null);
        assertThat(r.text()).contains("Water for two counties");
    }

    @Test
    void paragraphsKeepTheirRawSpans() {
        List<Paragraphs.Paragraph> ps = Paragraphs.split("  First line here.\n\n\tSecond   line  here. \n");
        assertThat(ps).extracting(Paragraphs.Paragraph::text).containsExactly("First line here.", "Second line here.");
        assertThat(ps.get(0).rawStart()).isEqualTo(2);
    }
}
