package app.rapport.exchange;

import app.rapport.domain.Platform;
import app.rapport.domain.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a column's header says, in the words people write in English, German, French, Spanish, Portuguese,
 * Italian, Dutch, Japanese and Korean: which platform it names ("insta", "TikToker", "chaîne", "チャンネル") and
 * what it holds ("followers", "Abonnés", "팔로워"). Values decide what the header leaves open (see
 * {@link ColumnGuesser}).
 */
final class HeaderWords {

    /** What a header says a column holds. */
    enum Role {
        /** A handle, username or account. */
        HANDLE,
        /** A platform's name alone or with "name"/"info" ("Youtuber", "insta name"): a handle or a display name. */
        ON_PLATFORM,
        FOLLOWERS,
        /** Followers as YouTube calls them: the platform is YouTube unless the header names another. */
        SUBSCRIBERS,
        ENGAGEMENT,
        PROFILE_LINK,
        NAME,
        /** A full or legal name: the display name when the file has no other. */
        FULL_NAME,
        REAL_NAME,
        EMAIL,
        /** "Contact", "Kontakt": an email, a phone or both, among other words. */
        CONTACT,
        PHONE,
        CITY,
        COUNTRY,
        LANGUAGES,
        TAGS,
        NOTES,
        WEBSITE,
        FIT,
        RED_FLAGS,
        STATUS,
        /** A rank or row number. */
        INDEX,
        /** Something Rapport keeps no field for (views, likes, prices, audience figures). */
        OTHER,
        UNKNOWN
    }

    /**
     * A header read.
     *
     * @param platform the platform it names, or {@code null}
     * @param role     what it holds
     */
    record Reading(Platform platform, Role role, boolean weak) {

        /** The same header taken to be about another platform (a "channel" in a list the file says is Instagram). */
        Reading on(Platform other) {
            return new Reading(other, role, false);
        }
    }

    /** Words that name YouTube in most sheets but are a "channel" of any platform in some. */
    private static final Set<String> WEAK = Set.of("channel", "channels", "canal", "canale", "kanal", "kanaal",
            "chaine");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{So}@#]+");
    /** Emoji and other symbols people use as headers ("👥", "💬"): each one a word of its own. */
    private static final Pattern SYMBOL = Pattern.compile("(\\p{So})");
    /** Platforms Rapport keeps no accounts for: a column about them is left out, never taken for another's. */
    private static final Set<String> OTHER_PLATFORMS = Set.of("weibo", "xiaohongshu", "wechat", "weixin", "vk",
            "vkontakte", "kuaishou", "bilibili", "telegram", "discord", "onlyfans", "patreon", "substack", "spotify",
            "soundcloud", "tumblr", "reddit", "kakao", "微博", "小红书", "微信", "快手", "哔哩哔哩", "카카오", "카카오톡",
            "카톡");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern NUMBERED = Pattern.compile("(?:\\s|_)*\\d{1,2}$");

    /** Platform words; written with spaces between words, as the folded header is. */
    private static final Map<String, Platform> PLATFORMS = new LinkedHashMap<>();
    /** Role phrases, longest first when matched. */
    private static final Map<String, Role> PHRASES = new LinkedHashMap<>();
    /** Words that make a follower or place header about something else (fake followers, audience country). */
    private static final Set<String> NOT_THE_CREATORS = Set.of("fake", "suspicious", "growth", "gain", "gained",
            "lost", "new", "change", "avg", "average", "median", "mean", "per", "audience", "top", "quality",
            "credibility", "real", "reachable", "mass", "ratio", "durchschnitt", "moyenne", "promedio", "media",
            "gemiddeld", "平均", "평균", "増加", "증가", "likes", "views", "growth rate", "%", "authentic", "comments",
            "newsletter", "monthly", "orders", "sales");
    /** Words that say little, left over after the platform and role words ("Instagram info", "TikTok name"). */
    private static final Set<String> FILLERS = Set.of("info", "information", "the", "of", "de", "du", "des", "da",
            "do", "del", "di", "van", "von", "der", "die", "das", "le", "la", "el", "il", "het", "en", "on", "in",
            "its", "my", "our", "your", "main", "primary", "account", "acc", "official", "@", "#", "total", "sum",
            "number", "no", "count", "aantal", "anzahl", "nombre", "numero", "número", "の", "数", "수");

    static {
        platform(Platform.INSTAGRAM, "instagram", "insta", "ig", "instagrammer", "instagramer", "insta gram",
                "インスタ", "インスタグラム", "인스타", "인스타그램");
        platform(Platform.TIKTOK, "抖音", "tiktok", "tik tok", "tiktoker", "tiktokker", "tt", "douyin", "ティックトック",
                "ティックトッカー", "틱톡", "틱톡커");
        platform(Platform.YOUTUBE, "youtube", "youtuber", "yt", "you tube", "channel", "channels", "chaine",
                "kanal", "canal", "canale", "kanaal", "チャンネル", "ユーチューブ", "ユーチューバー", "채널", "유튜브",
                "유튜버");
        platform(Platform.FACEBOOK, "facebook", "fb");
        platform(Platform.X, "twitter", "x", "tweeter");
        platform(Platform.THREADS, "threads");
        platform(Platform.BLUESKY, "bluesky", "bsky");
        platform(Platform.TWITCH, "twitch", "streamer");
        platform(Platform.SNAPCHAT, "snapchat", "snap");
        platform(Platform.LINKEDIN, "linkedin", "linked in");
        platform(Platform.PINTEREST, "pinterest", "pinner");

        role(Role.HANDLE, "kullanıcı adı", "kullanici adi", "hesap", "nazwa użytkownika", "konto", "användarnamn",
                "konto namn", "号", "账号", "id号", "用户名", "抖音号", "handle", "handles", "username", "user name",
                "usernames", "user", "user id", "userid",
                "id", "account", "accounts", "acct", "login", "pseudo", "benutzername", "konto", "compte",
                "nom d utilisateur", "identifiant", "usuario", "nombre de usuario", "cuenta", "conta",
                "nome de usuario", "nome de usuário", "utente", "nome utente", "gebruikersnaam", "gebruiker",
                "アカウント", "アカウント名", "ユーザー名", "ユーザーネーム", "아이디", "계정", "핸들", "사용자 이름",
                "@", "@ handle", "tag name", "screen name");
        role(Role.ON_PLATFORM, "nazwa profilu", "profil adı", "昵称", "名称", "name", "names", "명", "nom", "nombre",
                "nome", "naam", "名前", "名", "이름",
                "creator", "influencer", "profile", "page", "perfil", "profil", "profilo", "プロフィール", "프로필");
        role(Role.FOLLOWERS, "takipçi", "takipçi sayısı", "takipci", "obserwujący", "obserwujacy", "obserwatorzy",
                "följare", "粉丝", "粉丝数", "粉絲", "👥", "how many followers", "followers do you have", "followers",
                "follower", "follower count", "followers count", "fans", "fan",
                "reach", "audience size", "size", "abonnenten", "follower anzahl", "abonnes", "abonnés",
                "seguidores", "seguidor", "follower totali", "volgers", "フォロワー", "フォロワー数", "팔로워",
                "팔로워 수", "팔로워수", "fanbase", "community", "followers k", "followers m");
        role(Role.SUBSCRIBERS, "abone", "abone sayısı", "subskrybenci", "prenumeranter", "订阅", "订阅数", "subscribers",
                "subscriber", "subs", "sub count", "subscriber count", "iscritti",
                "suscriptores", "suscritos", "inscritos", "inscrits", "assinantes", "abonnees", "登録者",
                "登録者数", "チャンネル登録者数", "구독자", "구독자 수", "구독자수");
        role(Role.ENGAGEMENT, "etkileşim", "etkileşim oranı", "zaangażowanie", "współczynnik zaangażowania",
                "engagemang", "互动率", "互动", "taxa de envolvimento", "envolvimento", "taxa engajamento", "engagement",
                "engagement rate", "er", "eng", "eng rate", "engagement %", "eng %",
                "engagement in %", "taux d engagement", "taux engagement", "engagement rate %", "interaction rate",
                "tasa de interaccion", "tasa de engagement", "taxa de engajamento", "engajamento",
                "tasso di coinvolgimento", "tasso di engagement", "interactieratio", "betrokkenheid",
                "engagement ratio", "engagementrate", "エンゲージメント", "エンゲージメント率", "참여율", "인게이지먼트",
                "인게이지먼트율");
        role(Role.PROFILE_LINK, "url", "link", "links", "profile url", "profile link", "profile links", "lien",
                "lien du profil", "enlace", "enlace al perfil", "link al profilo", "profiel link", "リンク", "링크",
                "주소", "channel url", "channel link", "page url");
        role(Role.NAME, "ad soyad", "isim", "达人昵称", "达人", "博主", "blog name", "creator ka naam", "naam", "namn",
                "nazwa", "twórca", "influencerka", "name", "display name", "creator", "creator name", "influencer",
                "influencer name",
                "influencers", "contact name", "talent", "talent name", "profile name", "nom", "nombre", "nome",
                "naam", "名前", "이름", "creator handle name", "kol", "kol name", "nom du createur", "createur",
                "nom de l influenceur", "influenceur", "influenceuse", "influencerin", "creatorin", "nombre del creador",
                "creador", "creadora", "criador", "criadora", "nome do criador", "nome del creator", "クリエイター",
                "インフルエンサー", "インフルエンサー名", "크리에이터", "인플루언서", "인플루언서명", "표시 이름", "表示名",
                "channel name", "brand name", "artist", "blogger");
        role(Role.FULL_NAME, "imię i nazwisko", "imie i nazwisko", "fullständigt namn", "姓名", "真实姓名",
                "what's your name", "your name", "full name", "fullname", "nom complet", "nombre completo",
                "nome completo",
                "vollstandiger name", "volledige naam", "氏名", "성명", "person", "contact person",
                "ansprechpartner", "persona de contacto");
        role(Role.REAL_NAME, "real name", "first name", "last name", "firstname", "lastname", "given name",
                "family name", "surname", "vorname", "nachname", "prenom", "nom de famille", "apellido",
                "apellidos", "primeiro nome", "sobrenome", "apelido", "cognome", "voornaam", "achternaam",
                "本名", "姓", "실명", "성", "legal name");
        role(Role.EMAIL, "e posta", "eposta", "邮箱", "电子邮件", "e post", "epost", "📧", "✉", "email", "e mail", "mail",
                "email address", "e mail address", "emails", "courriel",
                "adresse e mail", "correo", "correo electronico", "e mail adresse", "mailadresse",
                "posta elettronica", "indirizzo email", "endereco de email", "メール", "メールアドレス", "이메일",
                "business email", "contact email", "email contact", "public email");
        role(Role.CONTACT, "iletişim", "kontakt", "联系方式", "reach out", "how to reach", "contact", "contacts",
                "contact info", "contact details", "contact information",
                "kontakt", "kontaktdaten", "coordonnees", "contacto", "contato", "contatto", "contatti",
                "contactgegevens", "連絡先", "연락처", "reach out", "how to reach");
        role(Role.PHONE, "telefon", "numer telefonu", "telefonnummer", "电话", "手机", "📞", "whats app", "phone",
                "phone number", "telephone", "tel", "mobile", "cell", "whatsapp", "telefon",
                "telefonnummer", "handy", "portable", "telefono", "teléfono", "celular", "telemovel", "cellulare",
                "telefoon", "mobiel", "電話", "電話番号", "전화", "전화번호", "휴대폰");
        role(Role.CITY, "şehir", "sehir", "miasto", "stad", "ort", "城市", "所在城市", "📍", "where are you based", "based",
                "shahar", "शहर", "localidade", "woonplaats", "residence", "residencia", "comune", "municipio", "city",
                "town", "location", "ville", "stadt", "ort", "wohnort", "ciudad", "cidade", "citta",
                "città", "stad", "plaats", "localisation", "localizacion", "ubicacion", "localizacao", "localita",
                "standort", "都市", "市", "市区町村", "地域", "도시", "지역", "based in", "home town", "hometown");
        role(Role.COUNTRY, "ülke", "ulke", "kraj", "land", "国家", "国家地区", "country", "countries", "pays", "land",
                "nation", "country region", "pais", "país",
                "paese", "nazione", "herkunftsland", "国", "国名", "国 地域", "국가", "나라", "country code");
        role(Role.LANGUAGES, "dil", "język", "språk", "语言", "भाषा", "language", "languages", "lang", "sprache",
                "sprachen", "langue", "langues", "idioma",
                "idiomas", "lingua", "lingue", "taal", "talen", "言語", "언어");
        role(Role.TAGS, "kategori", "kategoria", "kategorier", "内容领域", "领域", "类目", "分类", "vibe", "vibes", "aesthetic",
                "kind of content", "type of content", "what kind of content", "🏷", "thematique", "settore", "skills",
                "nische", "nischen", "themes", "tematica", "onderwerp", "onderwerpen", "tags", "tag", "niche",
                "niches", "category", "categories", "topics", "topic", "kategorie",
                "kategorien", "categorie", "catégorie", "categoria", "categoría", "categorias", "nicho", "nichos",
                "nicchia", "genre", "genres", "thema", "themen", "theme", "thème", "tema", "temas", "vertical",
                "verticals", "industry", "interests", "keywords", "content type", "content category", "segment",
                "カテゴリ", "カテゴリー", "ジャンル", "分野", "카테고리", "분야", "장르", "주제", "sector", "branche",
                "rubriek", "niches tags", "labels");
        role(Role.NOTES, "notlar", "not", "açıklama", "uwagi", "notatki", "anteckningar", "kommentarer", "备注", "说明",
                "💬", "📝", "why would you like", "notes", "note", "comments", "comment", "bio", "biography",
                "description", "about",
                "remarks", "notizen", "notiz", "bemerkung", "bemerkungen", "kommentar", "beschreibung",
                "commentaire", "commentaires", "remarques", "nota", "notas", "observaciones", "comentarios",
                "descripcion", "descripción", "observacoes", "observações", "descricao", "note interne", "opmerking",
                "opmerkingen", "beschrijving", "omschrijving", "メモ", "備考", "説明", "コメント", "메모", "비고", "설명",
                "audience notes", "audience", "notes on the audience", "why", "why them", "summary");
        role(Role.WEBSITE, "website", "site", "web", "blog", "homepage", "url website", "webseite", "site web",
                "sitio web", "pagina web", "sito", "sito web", "ウェブサイト", "サイト", "ブログ", "웹사이트",
                "블로그", "홈페이지", "linktree", "link in bio");
        role(Role.FIT, "fit", "fit rating", "rating", "score", "fit 1 5", "fit score", "brand fit", "bewertung",
                "note", "puntuacion", "valutazione", "beoordeling", "評価", "평점");
        role(Role.RED_FLAGS, "red flags", "red flag", "flags", "warnings", "concerns");
        role(Role.STATUS, "durum", "合作状态", "状态", "workflow status", "collab status", "진행 상황", "진행상황", "status",
                "outreach status", "stage", "statut", "estado", "stato", "pipeline",
                "pipeline stage", "outreach", "ステータス", "状態", "상태", "진행 상태");
        role(Role.INDEX, "sıra", "sira", "lp", "序号", "排名", "nummer", "rank", "ranking", "#", "no", "nr", "n", "s no",
                "sno", "sr no", "sl no", "sr", "position",
                "pos", "index", "row", "rang", "classement", "posicion", "posición", "posizione", "positie", "plaats nr",
                "順位", "ランキング", "番号", "순위", "번호", "lfd nr", "nº", "n°", "num");
        role(Role.OTHER, "ücret", "cena", "pris", "报价", "价格", "i agree", "consent", "timestamp", "newsletter",
                "newsletter subscribers", "email list", "views", "monthly views", "orders", "sales", "commission",
                "discount code", "affiliate link", "✅", "$$", "owner", "assigned to", "manager", "account manager",
                "created by", "added by", "contact id", "creator id", "record id", "last contact", "last contacted",
                "letzter kontakt", "dernier contact", "ultimo contacto", "avg comments", "comments avg",
                "authentic engagement", "quality audience", "views", "avg views", "average views", "likes",
                "avg likes", "average likes", "comments avg",
                "posts", "videos", "uploads", "price", "fee", "rate", "cost", "budget", "gender", "age", "sex",
                "audience age", "audience gender", "audience country", "audience location", "fake followers",
                "quality score", "aqs", "created", "joined", "last post", "date", "id number", "campaign",
                "video count", "total views", "shares", "saves", "impressions", "cpm", "cpe", "aufrufe", "vues",
                "vistas", "visualizzazioni", "weergaven", "再生回数", "조회수", "いいね", "좋아요");
    }

    private HeaderWords() {
    }

    private static void platform(Platform platform, String... words) {
        Arrays.stream(words).forEach(w -> PLATFORMS.put(fold(w), platform));
    }

    private static void role(Role role, String... phrases) {
        Arrays.stream(phrases).forEach(p -> PHRASES.putIfAbsent(fold(p), role));
    }

    /** Reads a header: "Influencer insta name" names Instagram and says a name or handle. */
    static Reading read(String header) {
        String folded = fold(NUMBERED.matcher(header.strip()).replaceFirst(""));
        if (folded.isEmpty()) {
            folded = fold(header);
        }
        List<String> words = new ArrayList<>(List.of(folded.split(" ")));
        if (words.stream().anyMatch(OTHER_PLATFORMS::contains)
                || OTHER_PLATFORMS.stream().anyMatch(w -> isCjk(w) && header.contains(w))) {
            return new Reading(null, Role.OTHER, false);
        }
        Platform platform = null;
        boolean weak = false;
        // A platform word, whole or at the start of a word ("instaname", "tiktokhandle"), is taken out first.
        for (int i = 0; i < words.size() && platform == null; i++) {
            String word = words.get(i);
            String pair = i + 1 < words.size() ? word + " " + words.get(i + 1) : null;
            if (pair != null && PLATFORMS.containsKey(pair)) {
                platform = PLATFORMS.get(pair);
                words.remove(i + 1);
                words.remove(i);
            } else if (PLATFORMS.containsKey(word)) {
                platform = PLATFORMS.get(word);
                weak = WEAK.contains(word);
                words.remove(i);
            } else {
                for (Map.Entry<String, Platform> p : PLATFORMS.entrySet()) {
                    if (p.getKey().length() >= 5 && word.startsWith(p.getKey())) {
                        platform = p.getValue();
                        words.set(i, word.substring(p.getKey().length()));
                        break;
                    }
                }
            }
        }
        Platform named = platform;
        // "YT channel", "Chaîne YouTube": a second word for the same platform says nothing more.
        if (named != null && words.stream().anyMatch(w -> PLATFORMS.get(w) == named && !WEAK.contains(w))) {
            weak = false;
        }
        words.removeIf(w -> named != null && PLATFORMS.get(w) == named);
        if (platform == null) {
            platform = platformInside(folded);
            if (platform != null) {
                folded = withoutPlatformWords(folded);
                words = new ArrayList<>(List.of(folded.split(" ")));
            }
        }
        String rest = String.join(" ", words.stream().filter(w -> !w.isBlank()).toList());
        return new Reading(platform, role(rest, folded, platform != null), weak);
    }

    /** The platform a file or sheet name speaks of ("top_instagram_influencers.csv"), if it names one. */
    static Platform platformNamedIn(String name) {
        if (name == null) {
            return null;
        }
        for (String word : fold(name.replaceFirst("\\.[A-Za-z]{2,4}$", "")).split(" ")) {
            Platform p = PLATFORMS.get(word);
            if (p != null && !WEAK.contains(word) && word.length() > 2) {
                return p;
            }
        }
        return platformInside(fold(name));
    }

    /** The role of what is left of a header once its platform word is out. */
    private static Role role(String rest, String whole, boolean namesPlatform) {
        String meaningful = String.join(" ", Arrays.stream(rest.split(" "))
                .filter(w -> !w.isBlank() && !FILLERS.contains(w)).toList());
        if (meaningful.isEmpty()) {
            // "Instagram", "Youtuber", "channel_info": values say whether it is handles or names.
            return namesPlatform ? Role.ON_PLATFORM : withoutPlatform(exact(rest).orElse(Role.UNKNOWN));
        }
        Role role = exact(meaningful).or(() -> exact(rest)).orElseGet(() -> longestPhrase(meaningful));
        if (role == Role.UNKNOWN && !meaningful.equals(rest)) {
            role = longestPhrase(rest);
        }
        if (namesPlatform && (role == Role.NAME || role == Role.FULL_NAME)) {
            return Role.ON_PLATFORM;
        }
        if (!namesPlatform) {
            role = withoutPlatform(role);
        }
        if ((role == Role.FOLLOWERS || role == Role.SUBSCRIBERS || role == Role.ENGAGEMENT || role == Role.COUNTRY
                || role == Role.CITY || role == Role.LANGUAGES) && aboutSomethingElse(whole)) {
            return Role.OTHER;
        }
        // "Avg. comments", "Quality audience": figures about the audience, not notes; "Audience" alone is notes.
        if (role == Role.NOTES && !PHRASES.containsKey(whole) && aboutSomethingElse(whole)) {
            return Role.OTHER;
        }
        return role;
    }

    private static Optional<Role> exact(String phrase) {
        return Optional.ofNullable(PHRASES.get(phrase));
    }

    /** "Name" or "Profile" with no platform named is the contact's own name (or, by its values, a link). */
    private static Role withoutPlatform(Role role) {
        return role == Role.ON_PLATFORM ? Role.NAME : role;
    }

    /** The role of the longest known phrase inside the text, by whole words (or as a part, for Japanese and Korean). */
    private static Role longestPhrase(String text) {
        String padded = " " + text + " ";
        Role best = Role.UNKNOWN;
        int bestLength = 0;
        for (Map.Entry<String, Role> phrase : PHRASES.entrySet()) {
            String p = phrase.getKey();
            boolean found = isCjk(p) ? text.contains(p) : padded.contains(" " + p + " ");
            if (found && p.length() > bestLength && !(phrase.getValue() == Role.INDEX && p.length() < 3)) {
                best = phrase.getValue();
                bestLength = p.length();
            }
        }
        return best;
    }

    private static boolean aboutSomethingElse(String whole) {
        for (String word : whole.split(" ")) {
            if (NOT_THE_CREATORS.contains(word)) {
                return true;
            }
        }
        return whole.contains("平均") || whole.contains("평균");
    }

    /** A platform named inside a Japanese or Korean header, where words are not spaced ("インスタアカウント"). */
    private static Platform platformInside(String folded) {
        for (Map.Entry<String, Platform> p : PLATFORMS.entrySet()) {
            if (isCjk(p.getKey()) && folded.contains(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    private static String withoutPlatformWords(String folded) {
        String rest = folded;
        List<String> cjk = PLATFORMS.keySet().stream().filter(HeaderWords::isCjk)
                .sorted((a, b) -> b.length() - a.length()).toList();
        for (String word : cjk) {
            rest = rest.replace(word, " ");
        }
        return rest.replaceAll("\\s+", " ").strip();
    }

    private static boolean isCjk(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    /**
     * A header as compared: full-width forms made plain, camelCase split, accents and case folded, every run of
     * other characters one space ("Follower_Count" and "followerCount" both read "follower count").
     */
    static String fold(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFKC);
        plain = CAMEL.matcher(plain).replaceAll(" ");
        String folded = Text.fold(plain).replace('ß', 's');
        // "#" and "@" alone are headers people use; inside words they are noise.
        String spaced = NOT_WORD.matcher(SYMBOL.matcher(folded).replaceAll(" $1 ")).replaceAll(" ").strip();
        if (spaced.equals("#") || spaced.equals("@")) {
            return spaced;
        }
        return spaced.replace("#", " ").replace("@", " @ ").replaceAll("\\s+", " ").strip();
    }
}
