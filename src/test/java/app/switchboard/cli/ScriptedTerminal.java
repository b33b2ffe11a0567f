package app.switchboard.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A terminal that answers from a script and records every prompt it was shown. */
final class ScriptedTerminal implements Terminal {
    private final Deque<String> answers = new ArrayDeque<>();
    final List<String> prompts = new CopyOnWriteArrayList<>();

    ScriptedTerminal answering(String... lines) {
        answers.addAll(List.of(lines));
        return this;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public String readLine(String prompt) {
        prompts.add(prompt);
        return answers.poll();
    }

    @Override
    public char[] readSecret(String prompt) {
        prompts.add(prompt);
        String answer = answers.poll();
        return answer == null ? null : answer.toCharArray();
    }
}
