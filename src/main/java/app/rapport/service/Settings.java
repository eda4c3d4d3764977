package app.rapport.service;

import app.rapport.domain.Message;
import app.rapport.domain.NoReplyRule;

/**
 * The workspace's settings.
 *
 * @param brandName  fills {@code {brand}} in messages
 * @param myName     fills {@code {my_name}}
 * @param noReplyRule proposes follow-ups for unanswered messages
 */
public record Settings(String brandName, String myName, NoReplyRule noReplyRule) {

    public static final Settings DEFAULTS = new Settings("", "", new NoReplyRule(false, NoReplyRule.DEFAULT_DAYS));

    public Message.Sender sender() {
        return new Message.Sender(brandName, myName);
    }
}
