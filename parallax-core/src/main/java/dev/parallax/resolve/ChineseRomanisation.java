package dev.parallax.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keys that fold the two romanisations of Mandarin in the news into one spelling: Hanyu Pinyin, used by mainland
 * media ("Cai Yingwen", "Han Guoyu"), and Wade-Giles as Taiwan writes names, without its apostrophes and umlauts
 * ("Tsai Ing-wen", "Han Kuo-yu"). A syllable has the key of its Wade-Giles form, so that "qing" and "ching", "de" and
 * "te", "guo" and "kuo" meet; the lexicon is the whole Pinyin syllable table, converted by the standard rules.
 */
final class ChineseRomanisation {

    private ChineseRomanisation() {}

    /** Every syllable of Hanyu Pinyin, without tones ("v" for "ü"). */
    static final Set<String> PINYIN = Set.of((
            "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu "
            + "ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan "
            + "chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao "
            + "die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang "
            + "gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou "
            + "hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan "
            + "kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia "
            + "lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian "
            + "miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong "
            + "nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian "
            + "qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run "
            + "ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai "
            + "shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie "
            + "ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing "
            + "xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze "
            + "zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui "
            + "zhun zhuo zi zong zou zu zuan zui zun zuo").split(" "));

    /** Pinyin initials, longest first, and the Wade-Giles initials they are written as (aspiration marks dropped). */
    private static final String[][] INITIALS = {{"zh", "ch"}, {"ch", "ch"}, {"sh", "sh"}, {"b", "p"}, {"p", "p"},
            {"m", "m"}, {"f", "f"}, {"d", "t"}, {"t", "t"}, {"n", "n"}, {"l", "l"}, {"g", "k"}, {"k", "k"}, {"h", "h"},
            {"j", "ch"}, {"q", "ch"}, {"x", "hs"}, {"r", "j"}, {"z", "ts"}, {"c", "ts"}, {"s", "s"}, {"y", "y"}, {"w", "w"}};

    /** Every syllable either system writes: Pinyin's and their Wade-Giles forms, so that names split into syllables. */
    private static final Set<String> SYLLABLES = new TreeSet<>();

    static {
        for (String p : PINYIN) {
            SYLLABLES.add(p);
            SYLLABLES.add(wadeGiles(p));
            SYLLABLES.add(norm(p));
            SYLLABLES.add(norm(wadeGiles(p)));
        }
    }

    /** The Wade-Giles form of a Pinyin syllable, without apostrophes and with "u" for "ü" ("qing" → "ching"). */
    static String wadeGiles(String p) {
        switch (p) {
            case "zi": return "tzu";
            case "ci": return "tzu";
            case "si": return "ssu";
            case "zhi", "chi": return "chih";
            case "shi": return "shih";
            case "ri": return "jih";
            case "er": return "erh";
            case "yi": return "i";
            case "you": return "yu";
            case "ye": return "yeh";
            case "yan": return "yen";
            case "yue": return "yueh";
            case "e", "ge", "ke", "he": return p.substring(0, p.length() - 1) + "o";
            default: break;
        }
        String initial = "", wg = "", fin = p;
        for (String[] i : INITIALS) {
            if (p.startsWith(i[0]) && p.length() > i[0].length()) {
                initial = i[0];
                wg = i[1];
                fin = p.substring(i[0].length());
                break;
            }
        }
        fin = fin.replace('v', 'u');
        if (fin.equals("ong")) fin = "ung";
        else if (fin.equals("iong")) fin = "iung";
        else if (fin.equals("ian")) fin = "ien";
        else if (fin.equals("ie")) fin = "ieh";
        else if (fin.equals("ue")) fin = "ueh";
        else if (fin.equals("ui") && (initial.equals("g") || initial.equals("k"))) fin = "uei";
        // "duo" is "to", "zhuo" is "cho"; after g, k, h and sh the "u" stays ("kuo", "huo", "shuo").
        else if (fin.equals("uo") && !Set.of("g", "k", "h", "sh").contains(initial)) fin = "o";
        return wg + fin;
    }

    /**
     * The comparison key of a syllable: Taiwan's passport spellings drop the "y" before "i" ("Ing-wen" for "Ying-wen")
     * and Wade-Giles marks some vowels with a final "h" ("yeh", "chih") that other spellings omit.
     */
    private static String norm(String s) {
        String k = s;
        if (k.length() > 1 && k.endsWith("h") && "aeiou".indexOf(k.charAt(k.length() - 2)) >= 0) k = k.substring(0, k.length() - 1);
        if (k.startsWith("yi")) k = k.substring(1);
        return k;
    }

    /** The keys of one syllable: its own and, for a Pinyin syllable, its Wade-Giles form's. */
    private static Set<String> syllableKeys(String s) {
        Set<String> out = new TreeSet<>();
        out.add(norm(s));
        if (PINYIN.contains(s)) out.add(norm(wadeGiles(s)));
        return out;
    }

    /** At most this many keys per name: a word of many short syllables splits too many ways to say anything. */
    private static final int MAX_KEYS = 64;

    /**
     * The keys of a person's name when every part of it is a Mandarin syllable or a run of them ("Lai Qingde",
     * "Lai Ching-te" → "lai ching-te"), in sorted order; empty for any other name. Words keep their order and their
     * boundaries; hyphens between syllables are not kept, so "Qingde", "Qing-de" and "Ching-te" meet.
     */
    static Set<String> keys(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        List<String> partial = List.of("");
        for (int w = 0; w < words.size(); w++) {
            List<List<String>> splits = new ArrayList<>();
            splits.add(List.of());
            for (String part : words.get(w).split("[-‐]")) {
                String f = Names.fold(part);
                if (f.isEmpty() || f.contains(" ")) return Set.of();
                List<List<String>> next = new ArrayList<>();
                for (List<String> seg : segmentations(f)) {
                    for (List<String> before : splits) {
                        List<String> joined = new ArrayList<>(before);
                        joined.addAll(seg);
                        next.add(joined);
                    }
                }
                if (next.isEmpty()) return Set.of();
                splits = next;
            }
            List<String> out = new ArrayList<>();
            for (List<String> seg : splits) {
                for (String k : wordKeys(seg)) {
                    for (String p : partial) {
                        out.add(w == 0 ? k : p + " " + k);
                        if (out.size() > MAX_KEYS) return Set.of();
                    }
                }
            }
            partial = out;
        }
        return new TreeSet<>(partial);
    }

    /** The keys of a word split into syllables, each syllable by each of its keys, joined by hyphens. */
    private static List<String> wordKeys(List<String> syllables) {
        List<String> out = List.of("");
        for (int i = 0; i < syllables.size(); i++) {
            List<String> next = new ArrayList<>();
            for (String k : syllableKeys(syllables.get(i))) for (String p : out) next.add(i == 0 ? k : p + "-" + k);
            out = next;
        }
        return out;
    }

    /** Whether a folded string is a syllable of either system, or one spelled the Taiwanese way ("ing", "ih"). */
    private static boolean syllable(String s) {
        return SYLLABLES.contains(s) || SYLLABLES.contains(norm(s));
    }

    /** Every way to split a folded word into syllables of either system (a few at most). */
    static List<List<String>> segmentations(String w) {
        List<List<String>> out = new ArrayList<>();
        segment(w.toLowerCase(Locale.ROOT), 0, new ArrayList<>(), out);
        return out;
    }

    private static void segment(String w, int from, List<String> sofar, List<List<String>> out) {
        if (out.size() >= 8) return;
        if (from == w.length()) {
            if (!sofar.isEmpty()) out.add(List.copyOf(sofar));
            return;
        }
        for (int end = Math.min(w.length(), from + 6); end > from; end--) {
            String s = w.substring(from, end);
            if (!syllable(s)) continue;
            sofar.add(s);
            segment(w, end, sofar, out);
            sofar.remove(sofar.size() - 1);
        }
    }

    /**
     * Whether a name is written the Taiwanese way: some word is syllables joined by a hyphen ("Ing-wen", "Kuo-yu"),
     * the mark of a romanised Chinese given name, which keeps this lexicon off names of other languages.
     */
    static boolean hyphenatedSyllables(String name) {
        for (String word : name.strip().split("\\s+")) {
            String[] parts = word.split("[-‐]");
            if (parts.length < 2) continue;
            boolean all = true;
            for (String p : parts) if (!syllable(Names.fold(p))) all = false;
            if (all) return true;
        }
        return false;
    }
}
