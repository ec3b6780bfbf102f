package uz.muhokama.participation;

/** Support for a draft, or opposition to it. */
public enum VoteChoice {
    SUPPORT,
    OPPOSE
}
