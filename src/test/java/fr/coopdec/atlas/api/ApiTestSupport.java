package fr.coopdec.atlas.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** MockMvc through the real security filter chain, anonymous, as the public calls the API. */
final class ApiTestSupport {

    private ApiTestSupport() {}

    static MockMvc mvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** Runs a streamed (StreamingResponseBody) download to its end. */
    static MvcResult download(MockMvc mvc, String url) throws Exception {
        MvcResult started =
                mvc.perform(get(url)).andExpect(request().asyncStarted()).andReturn();
        started.getAsyncResult(60_000);
        return mvc.perform(asyncDispatch(started)).andReturn();
    }
}
