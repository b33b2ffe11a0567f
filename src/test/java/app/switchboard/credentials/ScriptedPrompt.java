package app.switchboard.credentials;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A passphrase prompt that answers from a script and records what it was asked. */
final class ScriptedPrompt implements PassphrasePrompt {
    private final Deque<String> answers = new ArrayDeque<>();
    final List<String> asked = new CopyOnWriteArrayList<>();

    ScriptedPrompt answering(String... passphrases) {
        answers.addAll(List.of(passphrases));
        return this;
    }

    @Override
    public char[] existingPassphrase(String location, boolean previousWasWrong) {
        asked.add(previousWasWrong ? "existing-after-wrong" : "existing");
        return next();
    }

    @Override
    public char[] newPassphrase(String location) {
        asked.add("new");
        return next();
    }

    private char[] next() {
        String answer = answers.poll();
        return answer == null ? null : answer.toCharArray();
    }
}
