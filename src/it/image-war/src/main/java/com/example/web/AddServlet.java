package com.example.web;

import io.github.offlinedocker.examples.math.MathUtils;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /add?a=2&amp;b=3 answers "5 on-tomcat": the sum, by the private library, and a JVM flag of the image. */
@WebServlet("/add")
public class AddServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int sum = MathUtils.add(Integer.parseInt(request.getParameter("a")), Integer.parseInt(request.getParameter("b")));
        response.setContentType("text/plain");
        response.getWriter().print(sum + " " + System.getProperty("adder.note", "no-note"));
    }
}
