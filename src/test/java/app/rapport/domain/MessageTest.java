package app.rapport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTest {

    private final Message.Sender sender = new Message.Sender("Lumen Candles", "Maya");

    private static Influencer contact(String display, String real, List<String> tags) {
        return new Influencer(null, display, real, null, null, null, null, List.of(), tags, null,
                List.of(SocialAccount.of(Platform.TIKTOK, "lunabakes").withFollowers(1000L)),
                BrandFit.NONE, null, null, null);
    }

    @Test
    void everyMergeFieldIsFilled() {
        MessageTemplate template = new MessageTemplate(null, "Hello", "{brand} x {display_name}",
                "Hi {first_name}, I'm {my_name}. Love your {niche} posts as {handle} on {platform}.");

        Message message = Message.fill(template, contact("Luna Bakes", "Luna Martínez", List.of("baking")), sender);

        assertThat(message.subject()).isEqualTo("Lumen Candles x Luna Bakes");
        assertThat(message.body()).isEqualTo("Hi Luna, I'm Maya. Love your baking posts as @lunabakes on TikTok.");
        assertThat(message.missing()).isEmpty();
    }

    @Test
    void missingValuesStayVisibleAndAreListed() {
        MessageTemplate template = new MessageTemplate(null, "Hello", "", "Hi {first_name}, your {niche} posts!");

        Message message = Message.fill(template, contact("The Quiet Roast", null, List.of()),
                new Message.Sender("", ""));

        assertThat(message.body()).isEqualTo("Hi The Quiet Roast, your {niche} posts!");
        assertThat(message.missing()).containsExactly("niche");
    }

    @Test
    void unicodeNamesAndDollarSignsArriveIntact() {
        MessageTemplate template = new MessageTemplate(null, "Hello", "", "안녕 {first_name}! Fee: $ {brand}");

        Message message = Message.fill(template, contact("지우", "박지우 Park", List.of()),
                new Message.Sender("Café $5 \\ Co", "Zoë"));

        assertThat(message.body()).isEqualTo("안녕 박지우! Fee: $ Café $5 \\ Co");
    }

    @Test
    void unknownFieldsAreFlaggedWhenTheTemplateIsSaved() {
        MessageTemplate template = new MessageTemplate(null, "Typos", "{frist_name}", "Hi {first_name} {brnd} {}");

        assertThat(template.unknownFields()).containsExactly("{frist_name}", "{brnd}", "{}");
        assertThatThrownBy(template::check).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("Unknown merge fields {frist_name}, {brnd}, {}");
    }

    @Test
    void theFirstOutboundMessageOffersContactedAndAReplyOffersReplied() {
        Interaction out = new Interaction(null, 1, Instant.EPOCH, Interaction.Channel.EMAIL,
                Interaction.Direction.OUTBOUND, "Intro", null);
        Interaction in = new Interaction(null, 1, Instant.EPOCH, Interaction.Channel.EMAIL,
                Interaction.Direction.INBOUND, "Reply", null);

        assertThat(out.suggestedStatus(OutreachStatus.PROSPECT)).isEqualTo(OutreachStatus.CONTACTED);
        assertThat(out.suggestedStatus(OutreachStatus.NEGOTIATING)).isNull();
        assertThat(in.suggestedStatus(OutreachStatus.CONTACTED)).isEqualTo(OutreachStatus.REPLIED);
        assertThat(in.suggestedStatus(OutreachStatus.PROSPECT)).isNull();
    }
}
