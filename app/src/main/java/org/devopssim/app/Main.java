package org.devopssim.app;

public final class Main {
    public static void main(String[] args) {
        System.out.println("devops-sim");
    }
}
