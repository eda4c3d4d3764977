package app.rapport.domain;

import app.rapport.domain.text.Messages;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Outreach statuses as trackers write them, in the languages Rapport's users keep their sheets in:
 * "Contacted", "DM sent", "Contacté", "In Verhandlung", "返信あり", "협상중".
 */
public final class StatusWords {

    private static final Map<String, OutreachStatus> WORDS = new HashMap<>();
    private static volatile Map.Entry<Locale, Map<String, OutreachStatus>> labels;

    static {
        words(OutreachStatus.PROSPECT, "未联系", "待联系", "iletişime geçilmedi", "iletisime gecilmedi", "yeni", "nie kontaktowano", "ny", "ej kontaktad", "prospect", "prospects", "lead", "new", "to contact", "not contacted",
                "not yet contacted", "shortlisted", "neu", "interessent", "zu kontaktieren", "nicht kontaktiert",
                "a contacter", "à contacter", "prospect", "nouveau", "prospecto", "por contactar", "nuevo",
                "prospeccao", "prospecção", "a contatar", "novo", "da contattare", "nuovo", "potenziale",
                "nieuw", "te benaderen", "未連絡", "候補", "見込み", "미연락", "후보", "잠재");
        words(OutreachStatus.CONTACTED, "已联系", "mesaj atıldı", "mesaj atildi", "iletişime geçildi", "skontaktowano", "kontaktad", "contacted", "reached out", "dm sent", "email sent", "sent", "pitched",
                "outreach sent", "kontaktiert", "angefragt", "angeschrieben", "contacte", "contacté", "contactado",
                "contactada", "contatado", "contatada", "contattato", "contattata", "benaderd", "gecontacteerd",
                "連絡済み", "連絡済", "連絡した", "연락함", "연락 완료", "컨택 완료", "연락완료");
        words(OutreachStatus.REPLIED, "已回复", "yanıt geldi", "yanit geldi", "odpowiedział", "odpowiedziała", "svarat", "replied", "responded", "answered", "reply received", "response received",
                "geantwortet", "antwort erhalten", "reponse recue", "réponse reçue", "a repondu", "a répondu",
                "respondio", "respondió", "respondido", "respondeu", "ha risposto", "risposto", "gereageerd",
                "geantwoord", "返信あり", "返信済み", "返信済", "답장받음", "답장 받음", "회신", "답변 받음");
        words(OutreachStatus.NEGOTIATING, "洽谈中", "谈判中", "pazarlık", "pazarlik", "müzakere", "negocjacje", "förhandling", "negotiating", "in negotiation", "negotiation", "in talks",
                "in verhandlung", "verhandlung", "en negociation", "en négociation", "negociation", "negociando",
                "en negociacion", "en negociación", "em negociacao", "em negociação", "in trattativa", "trattativa",
                "in onderhandeling", "onderhandeling", "交渉中", "협상중", "협상 중");
        words(OutreachStatus.PARTNER, "已合作", "合作中", "anlaşıldı", "anlasildi", "anlaşma", "partner", "współpraca", "partner", "partners", "active", "signed", "onboarded", "aktiv",
                "partenaire", "actif", "colaborador", "colaboradora", "socio", "activo", "parceiro", "parceira",
                "ativo", "attivo", "actief", "契約済み", "契約済", "提携中", "계약완료", "계약 완료", "파트너");
        words(OutreachStatus.DECLINED, "已拒绝", "拒绝", "reddetti", "reddedildi", "odrzucono", "odmówił", "tackat nej", "avböjt", "declined", "rejected", "not interested", "passed", "abgelehnt",
                "abgesagt", "kein interesse", "refuse", "refusé", "a refuse", "a refusé", "rechazado", "rechazada",
                "rechazo", "rechazó", "recusou", "recusado", "rifiutato", "rifiutata", "afgewezen", "辞退",
                "断られた", "거절", "거절함");
        words(OutreachStatus.NOT_A_FIT, "not a fit", "no fit", "not fit", "passt nicht", "pas adapte",
                "pas adapté", "no encaja", "nao se encaixa", "não se encaixa", "non adatto", "past niet", "不適合",
                "부적합");
        words(OutreachStatus.DO_NOT_CONTACT, "do not contact", "dnc", "don't contact", "nicht kontaktieren",
                "ne pas contacter", "no contactar", "nao contatar", "não contatar", "non contattare",
                "niet benaderen", "連絡不可", "연락 금지");
        for (OutreachStatus s : OutreachStatus.values()) {
            WORDS.put(key(s.englishWord()), s);
            WORDS.put(key(s.name()), s);
        }
    }

    private StatusWords() {
    }

    private static void words(OutreachStatus status, String... words) {
        for (String w : words) {
            WORDS.put(key(w), status);
        }
    }

    /** The status a tracker's word stands for, if Rapport knows it. */
    public static Optional<OutreachStatus> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = key(text);
        OutreachStatus known = WORDS.get(word);
        if (known != null) {
            return Optional.of(known);
        }
        // The label in the user's own language, as Rapport shows it, whatever language that is.
        return Optional.ofNullable(labels().get(word));
    }

    /** The statuses by their labels in the language spoken now, made once per language: imports ask per row. */
    private static Map<String, OutreachStatus> labels() {
        Locale now = Messages.locale();
        Map.Entry<Locale, Map<String, OutreachStatus>> known = labels;
        if (known == null || !known.getKey().equals(now)) {
            Map<String, OutreachStatus> byLabel = new HashMap<>();
            Arrays.stream(OutreachStatus.values()).forEach(s -> byLabel.put(key(s.label()), s));
            known = Map.entry(now, Map.copyOf(byLabel));
            labels = known;
        }
        return known.getValue();
    }

    private static String key(String text) {
        return Text.fold(text).replace('_', ' ').replace('-', ' ').replaceAll("[.!]+$", "")
                .replaceAll("\\s+", " ").strip();
    }
}
