package app.rapport.process;

import app.rapport.domain.Influencer;
import app.rapport.domain.Platform;
import app.rapport.domain.SocialAccount;
import app.rapport.service.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Child process: opens the workspace, saves one contact per argument, prints "SAVED id" after each save
 * returns, then waits to be killed.
 */
public final class SaveThenWait {

    private SaveThenWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        Session session = Session.open(Path.of(args[0]), Clock.systemUTC());
        System.out.println("OPEN");
        for (int i = 1; i < args.length; i++) {
            Influencer saved = session.contacts().save(Influencer.named(args[i])
                    .withAccounts(List.of(SocialAccount.of(Platform.INSTAGRAM, "handle" + i),
                            SocialAccount.of(Platform.TIKTOK, "handle" + i))));
            System.out.println("SAVED " + saved.id());
        }
        System.out.println("WAITING");
        Thread.sleep(Long.MAX_VALUE);
    }
}
