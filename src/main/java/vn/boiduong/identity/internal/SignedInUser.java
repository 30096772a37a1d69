package vn.boiduong.identity.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.boiduong.common.Actor;
import vn.boiduong.common.ActorPrincipal;

/** The principal kept in the session: the actor, not the entity, so nothing lazy leaks out. */
public record SignedInUser(Actor actor, String password, boolean enabled, boolean locked, int failedAttempts)
        implements UserDetails, ActorPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> list = actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
        return list;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
