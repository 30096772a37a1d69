package vn.boiduong.common;

/** Implemented by the identity module's principal so that others can read the actor from it. */
public interface ActorPrincipal {
    Actor actor();
}
